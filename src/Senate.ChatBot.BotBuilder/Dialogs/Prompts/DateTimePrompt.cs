using System.Globalization;
using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Recognizers;

namespace Senate.ChatBot.BotBuilder.Dialogs.Prompts;

/// <summary>
/// Asks for a date (see <see cref="DateRecognizer"/> for what is understood). "Today" is the
/// adapter's <see cref="TimeProvider"/> now in <see cref="TimeZone"/> (default Asia/Bangkok).
/// The result lists every date found, in order.
/// </summary>
public sealed class DateTimePrompt(
    string dialogId, PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null, TimeZoneInfo? timeZone = null)
    : Prompt<IReadOnlyList<DateTimeResolution>>(dialogId, validator)
{
    public TimeZoneInfo TimeZone { get; } = timeZone ?? Bangkok;

    internal static TimeZoneInfo Bangkok { get; } = FindBangkok();

    protected override async Task OnPromptAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (PromptActivity(options, isRetry) is { } activity)
        {
            await turnContext.SendActivityAsync(activity, cancellationToken);
        }
    }

    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var now = TimeZoneInfo.ConvertTime(turnContext.Adapter.TimeProvider.GetUtcNow(), TimeZone);
        var dates = DateRecognizer.Recognize(turnContext.Activity.Text, DateOnly.FromDateTime(now.DateTime));
        return Task.FromResult(new PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>
        {
            Succeeded = dates.Count > 0,
            Value = dates.Count > 0 ? [.. dates.Select(d => new DateTimeResolution(d))] : null,
        });
    }

    // Hosts without time zone data still get Thailand's fixed UTC+7 (no daylight saving).
    private static TimeZoneInfo FindBangkok() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Bangkok", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("Asia/Bangkok", TimeSpan.FromHours(7), "Asia/Bangkok", "Asia/Bangkok");
}

/// <summary>A recognized date; <see cref="Timex"/> is its ISO 8601 form (yyyy-MM-dd).</summary>
public sealed record DateTimeResolution(DateOnly Value)
{
    public string Timex => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
