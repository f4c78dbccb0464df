using System.Net.Mail;
using System.Text.RegularExpressions;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.Complaints;

/// <summary>
/// Checks of the contact details a complainant types. Phone and e-mail may be skipped; a phone
/// number is kept in one form (0XXXXXXXX[X]) whether written with spaces, dashes, +66 or Thai digits.
/// </summary>
public static partial class ContactDetails
{
    private static readonly HashSet<string> SkipWords =
        new(["ข้าม", "ไม่มี", "ไม่ให้", "ไม่สะดวก", "skip", "none", "no", "-"], StringComparer.OrdinalIgnoreCase);

    public const int MaxNameLength = 100;

    public static bool IsSkip(string? text) => text is not null && SkipWords.Contains(TextNormalizer.Normalize(text).Trim());

    /// <summary>The phone number in its one stored form, or null when it is not a Thai phone number.</summary>
    public static string? NormalizePhone(string? text)
    {
        var digits = Regex.Replace(TextNormalizer.Normalize(text ?? ""), @"[\s\-().]", "");
        digits = digits.StartsWith("+66", StringComparison.Ordinal) ? "0" + digits[3..] : digits;
        return ThaiPhone().IsMatch(digits) ? digits : null;
    }

    public static bool IsEmail(string? text) =>
        text is { Length: <= 254 } && MailAddress.TryCreate(text.Trim(), out var address)
        && address.Address == text.Trim() && address.Host.Contains('.', StringComparison.Ordinal);

    public static bool IsName(string? text) =>
        text?.Trim() is { Length: >= 2 and <= MaxNameLength } name && name.Any(char.IsLetter);

    public static Task<bool> ValidateNameAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Explain(prompt, IsName(prompt?.Recognized.Value),
            $"กรุณาพิมพ์ชื่อที่ให้เจ้าหน้าที่เรียกท่าน 2 ถึง {MaxNameLength} ตัวอักษรค่ะ",
            $"Please type the name our staff should use, 2 to {MaxNameLength} characters.", cancellationToken);

    public static Task<bool> ValidatePhoneAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Explain(prompt, IsSkip(prompt?.Recognized.Value) || NormalizePhone(prompt?.Recognized.Value) is not null,
            "หมายเลขโทรศัพท์ไม่ถูกต้องค่ะ พิมพ์เป็นตัวเลข เช่น 081 234 5678 หรือ 02 123 4567 หรือพิมพ์ \"ข้าม\"",
            "That phone number does not look right. Type digits such as 081 234 5678 or 02 123 4567, or type \"skip\".", cancellationToken);

    public static Task<bool> ValidateEmailAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Explain(prompt, IsSkip(prompt?.Recognized.Value) || IsEmail(prompt?.Recognized.Value),
            "อีเมลไม่ถูกต้องค่ะ เช่น name@example.com หรือพิมพ์ \"ข้าม\"",
            "That e-mail address does not look right, e.g. name@example.com, or type \"skip\".", cancellationToken);

    // Says what is wrong with the answer, so the retry is not just the same question again.
    private static async Task<bool> Explain(PromptValidatorContext<string>? prompt, bool valid, string thai, string english, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (!valid && prompt.AttemptCount < (prompt.Options.MaxAttempts ?? ComplaintDialog.MaxAttempts))
        {
            await prompt.Context.SendActivityAsync(Say.Text(prompt.Context, thai, english), cancellationToken);
        }

        return valid;
    }

    [GeneratedRegex(@"^0[2-9]\d{7,8}$")]
    private static partial Regex ThaiPhone();
}
