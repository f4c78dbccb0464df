using System.Text.Json;
using Senate.ChatBot.Host.Channels.Line.AccountLink;
using Senate.ChatBot.Host.Channels.Line.Inbox;
using Senate.ChatBot.Host.Channels.Line.RichMenus;

namespace Senate.ChatBot.Host.Channels.Line.Turns;

/// <summary>
/// Handles one stored webhook event: text and postbacks run a bot turn, follow greets and sets the
/// rich menu, unfollow marks the user inactive, account-link events finish linking, photos and files
/// in a one-to-one chat are stored and handed to the bot, other message kinds (and any file in a group,
/// where no personal data is collected) get a polite "text only" answer, and unknown kinds are logged and acknowledged.
/// </summary>
internal sealed class LineEventHandler(
    LineAdapter adapter,
    LineAccountLinking linking,
    LineStaffLinking staffLinking,
    LineFriends friends,
    LineRichMenus richMenus,
    LineMedia media,
    ILogger<LineEventHandler> logger)
{
    public async Task HandleAsync(InboxEntry entry, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(entry.Event);
        var e = document.RootElement;
        var type = Read(e, "type") ?? "";
        var source = LineSource.From(e);
        // In standby another module of the channel answers; ours only listens.
        if (source is null || Read(e, "mode") == "standby")
        {
            Ignore(type);
            return;
        }

        var at = e.TryGetProperty("timestamp", out var ts) && ts.TryGetInt64(out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : adapter.TimeProvider.GetUtcNow();
        var turn = new LineTurn(source.ChatId, source.IsUserChat, Read(e, "replyToken"), at, entry.EventId, entry.Attempts);
        var userId = source.UserId;
        switch (type)
        {
            case "message":
                await OnMessageAsync(Child(e, "message"), source, entry.EventId, turn, cancellationToken);
                break;
            case "postback":
                await OnPostbackAsync(Child(e, "postback"), source, entry.EventId, turn, cancellationToken);
                break;
            case "follow" when userId is not null:
                await friends.FollowAsync(userId, cancellationToken);
                await richMenus.AssignAsync(userId, cancellationToken);
                await adapter.RunTurnAsync(LineActivities.MembersAdded(source, entry.EventId, at, [LineActivities.UserAccount(userId)]), turn, cancellationToken);
                break;
            case "unfollow" when userId is not null:
                await friends.UnfollowAsync(userId, cancellationToken);
                break;
            case "join":
                await adapter.RunTurnAsync(LineActivities.MembersAdded(source, entry.EventId, at, [LineAdapter.Bot]), turn, cancellationToken);
                break;
            case "leave":
                await adapter.RunTurnAsync(LineActivities.MembersRemoved(source, entry.EventId, at, [LineAdapter.Bot]), turn, cancellationToken);
                break;
            case "accountLink" when userId is not null:
                await linking.CompleteAsync(userId, Child(e, "link"), turn, cancellationToken);
                break;
            default:
                Ignore(type);
                break;
        }
    }

    private async Task OnMessageAsync(JsonElement message, LineSource source, string eventId, LineTurn turn, CancellationToken cancellationToken)
    {
        var type = Read(message, "type");
        if (source.IsUserChat && type is not null && LineMedia.Types.Contains(type))
        {
            if (await media.StoreAsync(message, turn, cancellationToken) is { } stored)
            {
                await adapter.RunTurnAsync(LineActivities.File(source, eventId, turn.EventTime, stored), turn, cancellationToken);
            }
            else
            {
                await adapter.DeliverAsync(turn, cancellationToken);
            }

            return;
        }

        if (type != "text")
        {
            turn.Say(
                "ขออภัยค่ะ ผู้ช่วยอ่านได้เฉพาะข้อความตัวอักษร กรุณาพิมพ์สิ่งที่ต้องการเป็นข้อความ " +
                "(Sorry, I can only read text. Please type your question.)");
            await adapter.DeliverAsync(turn, cancellationToken);
            return;
        }

        var text = Read(message, "text") ?? "";
        if (await linking.TryCommandAsync(text.Trim(), source, turn, cancellationToken)
            || await staffLinking.TryCommandAsync(text, source, turn, cancellationToken))
        {
            return;
        }

        await adapter.RunTurnAsync(LineActivities.Message(source, eventId, turn.EventTime, text), turn, cancellationToken);
    }

    private async Task OnPostbackAsync(JsonElement postback, LineSource source, string eventId, LineTurn turn, CancellationToken cancellationToken)
    {
        var data = Read(postback, "data") ?? "";
        if (await linking.TryCommandAsync(data, source, turn, cancellationToken))
        {
            return;
        }

        // The data is what our own buttons put there, so it reads as the person's choice; params (date pickers) ride along in Value.
        await adapter.RunTurnAsync(LineActivities.Message(source, eventId, turn.EventTime, data, postback.ValueKind == JsonValueKind.Object ? postback.Clone() : null), turn, cancellationToken);
    }

    // A signed event with a missing part is still answered or ignored, never retried as a failure.
    internal static JsonElement Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    internal static string? Read(JsonElement element, string name) =>
        Child(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    // Event types come from a signed source, but a log line still should not carry arbitrary text.
    private void Ignore(string type)
    {
        var safe = type.Length <= 40 && type.All(char.IsAsciiLetterOrDigit) ? type : "(unrecognised)";
        LineLog.EventIgnored(logger, safe);
    }
}
