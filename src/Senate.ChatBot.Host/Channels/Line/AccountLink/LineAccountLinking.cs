using System.Text.Json;
using Microsoft.Extensions.Options;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Host.Channels.Line.Api;
using Senate.ChatBot.Host.Channels.Line.Messages;
using Senate.ChatBot.Host.Channels.Line.RichMenus;
using Senate.ChatBot.Host.Channels.Line.Turns;

namespace Senate.ChatBot.Host.Channels.Line.AccountLink;

/// <summary>
/// Linking a senator's LINE account to their member record, so personal records reach only them:
/// "เชื่อมบัญชีสมาชิก" → LINE link token → our login page (member number + enrolment code) →
/// nonce → LINE's account-link page → accountLink event → linked, senator rich menu.
/// "ยกเลิกการเชื่อมบัญชี" unlinks. LINE-only, so the channel handles it before the bot.
/// </summary>
internal sealed class LineAccountLinking(
    LineMessagingClient client,
    LineAdapter adapter,
    LinkNonces nonces,
    MemberLinks links,
    LineRichMenus richMenus,
    IOptions<LineOptions> options,
    IConfiguration configuration,
    ILogger<LineAccountLinking> logger)
{
    public const string LinkCommand = "เชื่อมบัญชีสมาชิก";
    public const string UnlinkCommand = "ยกเลิกการเชื่อมบัญชี";
    public const string LinkPostback = "line:link";
    public const string UnlinkPostback = "line:unlink";

    /// <summary>Handles the link and unlink commands (typed or from the rich menu); false for anything else.</summary>
    public async Task<bool> TryCommandAsync(string command, LineSource source, LineTurn turn, CancellationToken cancellationToken)
    {
        var link = command is LinkCommand or LinkPostback;
        if (!link && command is not (UnlinkCommand or UnlinkPostback))
        {
            return false;
        }

        if (!source.IsUserChat || source.UserId is not { } userId)
        {
            turn.Say("การเชื่อมบัญชีสมาชิกทำได้ในแชตส่วนตัวกับบัญชีทางการเท่านั้น");
        }
        else if (link)
        {
            await StartAsync(userId, turn, cancellationToken);
        }
        else
        {
            var unlinked = await links.UnlinkAsync(userId, cancellationToken);
            await richMenus.AssignAsync(userId, cancellationToken);
            LineLog.AccountLink(logger, unlinked ? "unlinked" : "nothing to unlink");
            turn.Say(unlinked
                ? "ยกเลิกการเชื่อมบัญชีสมาชิกแล้ว ข้อมูลส่วนบุคคลจะไม่ถูกส่งมาที่บัญชี LINE นี้อีก"
                : "บัญชี LINE นี้ยังไม่ได้เชื่อมกับข้อมูลสมาชิก");
        }

        await adapter.DeliverAsync(turn, cancellationToken);
        return true;
    }

    /// <summary>Finishes linking on LINE's accountLink event: the nonce must be ours, fresh and unused.</summary>
    public async Task CompleteAsync(string userId, JsonElement link, LineTurn turn, CancellationToken cancellationToken)
    {
        var ok = LineEventHandler.Read(link, "result") == "ok";
        var nonce = LineEventHandler.Read(link, "nonce");
        var member = await nonces.ConsumeAsync(nonce, cancellationToken);
        if (!ok || member is null)
        {
            LineLog.AccountLink(logger, ok ? "refused: unknown, expired or used nonce" : "failed at LINE");
            turn.Say("เชื่อมบัญชีไม่สำเร็จ ลิงก์อาจหมดอายุหรือถูกใช้ไปแล้ว กรุณาพิมพ์ \"เชื่อมบัญชีสมาชิก\" เพื่อเริ่มใหม่");
        }
        else
        {
            await links.LinkAsync(userId, member, cancellationToken);
            await richMenus.AssignAsync(userId, cancellationToken);
            LineLog.AccountLink(logger, "linked");
            turn.Say("เชื่อมบัญชีสมาชิกเรียบร้อยแล้ว ตอนนี้ถามตารางประชุมและข้อมูลส่วนตัวของท่านได้ " +
                "หากต้องการยกเลิก พิมพ์ \"ยกเลิกการเชื่อมบัญชี\"");
        }

        await adapter.DeliverAsync(turn, cancellationToken);
    }

    private async Task StartAsync(string userId, LineTurn turn, CancellationToken cancellationToken)
    {
        if (await links.FindMemberAsync(userId, cancellationToken) is not null)
        {
            turn.Say("บัญชี LINE นี้เชื่อมกับข้อมูลสมาชิกแล้ว หากต้องการยกเลิก พิมพ์ \"ยกเลิกการเชื่อมบัญชี\"");
            return;
        }

        var linkToken = await client.IssueLinkTokenAsync(userId, cancellationToken);
        var page = $"{PublicBase()}{LinkPageEndpoints.Path}?linkToken={Uri.EscapeDataString(linkToken)}";
        const string text = "กดปุ่ม \"เข้าสู่ระบบ\" แล้วกรอกหมายเลขสมาชิกและรหัสลงทะเบียนที่ได้รับจากสำนักงานเลขาธิการวุฒิสภา ลิงก์ใช้ได้ 10 นาที";
        turn.Pending.Add(MessageFactory.Attachment(new Attachment(FlexCards.HeroCard)
        {
            Content = new
            {
                title = "เชื่อมบัญชีสมาชิกวุฒิสภา",
                text,
                buttons = new[] { new CardAction(ActionTypes.OpenUrl, "เข้าสู่ระบบ", page) },
            },
        }));
    }

    private string PublicBase()
    {
        var configured = options.Value.PublicBaseUrl ?? configuration["Urls"]?.Split(';')[0] ?? "http://localhost:5080";
        return configured.TrimEnd('/');
    }
}
