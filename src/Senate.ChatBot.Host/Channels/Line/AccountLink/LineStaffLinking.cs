using System.Text.RegularExpressions;
using Senate.ChatBot.Host.Channels.Line.Turns;
using Senate.ChatBot.Host.Desk.Users;

namespace Senate.ChatBot.Host.Channels.Line.AccountLink;

/// <summary>
/// "เจ้าหน้าที่ ABCD2345" (or "staff …") from a desk user's own LINE: links that LINE account to
/// their desk notices with the one-time code the desk showed them (see <see cref="StaffLineLink"/>).
/// LINE-only and before the bot, like the senators' account link.
/// </summary>
internal sealed partial class LineStaffLinking(StaffLineLink link, LineAdapter adapter, ILogger<LineStaffLinking> logger)
{
    public async Task<bool> TryCommandAsync(string text, LineSource source, LineTurn turn, CancellationToken cancellationToken)
    {
        var match = Command().Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (!source.IsUserChat || source.UserId is not { } userId)
        {
            turn.Say("การรับการแจ้งเตือนของเจ้าหน้าที่ทำได้ในแชตส่วนตัวกับบัญชีทางการเท่านั้น");
        }
        else if (await link.RedeemAsync(match.Groups["code"].Value, userId, cancellationToken) is { } user)
        {
            LineLog.AccountLink(logger, "desk notices linked");
            turn.Say($"เชื่อมการแจ้งเตือนของ {user.DisplayName} กับ LINE นี้แล้ว เรื่องที่ได้รับมอบหมาย เรื่องใกล้ครบกำหนด และเรื่องที่ส่งถึงหัวหน้างานจะแจ้งมาที่นี่ด้วย");
        }
        else
        {
            LineLog.AccountLink(logger, "desk notices refused: unknown, expired or used code");
            turn.Say("รหัสไม่ถูกต้องหรือหมดอายุแล้ว ขอรหัสใหม่ได้ที่หน้า \"บัญชีของฉัน\" ในระบบเรื่องร้องเรียน (รหัสใช้ได้ครั้งเดียว ภายใน 10 นาที)");
        }

        await adapter.DeliverAsync(turn, cancellationToken);
        return true;
    }


    // The 8-character code the desk shows, with or without its dash.
    [GeneratedRegex(@"^\s*(?:เจ้าหน้าที่|staff)\s+(?<code>[A-Za-z0-9]{4}-?[A-Za-z0-9]{4})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Command();
}
