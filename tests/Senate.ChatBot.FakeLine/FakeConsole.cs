using System.Text.Json.Nodes;

namespace Senate.ChatBot.FakeLine;

/// <summary>
/// A chat page for trying the bot without a LINE channel: what a person types goes to the bot as a
/// signed text event from one console user (a chosen photo as an image message), and the page shows
/// what the bot sent that user.
/// </summary>
internal static class FakeConsole
{
    public const string UserId = "U00000000000000000000000000c0501e";

    public static void MapFakeConsole(this WebApplication app, FakeLinePlatform fake)
    {
        app.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
        app.MapPost("/console/say", async (SayRequest say) =>
        {
            var source = LineEvents.UserSource(UserId);
            var e = say.Text is { Length: > 0 } text
                ? LineEvents.Text(source, text, fake.NewReplyToken(UserId), fake.Time.GetUtcNow())
                : LineEvents.Follow(source, fake.NewReplyToken(UserId), fake.Time.GetUtcNow());
            using var response = await fake.SendAsync(e);
            return Results.Json(new { status = (int)response.StatusCode });
        });
        // A photo from the console user: kept where the data API serves it, announced as an image message.
        app.MapPost("/console/photo", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            var messageId = LineEvents.NewMessageId();
            fake.State.AddContent(messageId, body.ToArray(), request.ContentType ?? "image/jpeg");
            using var response = await fake.SendAsync(LineEvents.Image(LineEvents.UserSource(UserId), messageId, fake.NewReplyToken(UserId), fake.Time.GetUtcNow()));
            return Results.Json(new { status = (int)response.StatusCode });
        });
        app.MapGet("/console/messages", () => fake.State.MessagesTo(UserId).Select(d => new
        {
            via = d.Via,
            text = (string?)d.Message["text"] ?? (string?)d.Message["altText"] ?? (string?)d.Message["type"],
            choices = d.Message["quickReply"]?["items"]?.AsArray().Select(i => (string?)i?["action"]?["label"]) ?? [],
            links = Links(d.Message),
        }));
    }

    private static IEnumerable<string?> Links(JsonNode node) => node switch
    {
        JsonObject o when (string?)o["type"] == "uri" => [(string?)o["uri"]],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Links(p.Value)),
        JsonArray a => a.SelectMany(i => i is null ? [] : Links(i)),
        _ => [],
    };

    internal sealed record SayRequest(string? Text);

    private const string Page = """
        <!doctype html>
        <html lang="th">
        <head><meta charset="utf-8"><title>Fake LINE console</title>
        <style>body{font-family:sans-serif;max-width:40rem;margin:1rem auto}li{margin:.4rem 0;white-space:pre-wrap}.bot{color:#064}</style></head>
        <body>
        <h1>Fake LINE console</h1>
        <p>Messages go to the bot as a signed LINE webhook from one test user. Send an empty message to "follow" the account.</p>
        <ol id="log" aria-live="polite"></ol>
        <form id="f"><label for="t">ข้อความ</label> <input id="t" autocomplete="off"> <button>ส่ง</button></form>
        <p><label for="p">ส่งรูปภาพ</label> <input id="p" type="file" accept="image/*"></p>
        <script>
        const log = document.getElementById('log'); let seen = 0;
        function add(text, cls) { const li = document.createElement('li'); li.textContent = text; li.className = cls; log.appendChild(li); }
        document.getElementById('f').onsubmit = async e => { e.preventDefault(); const t = document.getElementById('t');
          add('คุณ: ' + t.value, 'me');
          await fetch('/console/say', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: t.value }) }); t.value = ''; };
        document.getElementById('p').onchange = async e => { const file = e.target.files[0]; if (!file) return;
          add('คุณ: [รูปภาพ ' + file.name + ']', 'me');
          await fetch('/console/photo', { method: 'POST', headers: { 'content-type': file.type || 'image/jpeg' }, body: file }); e.target.value = ''; };
        setInterval(async () => { const all = await (await fetch('/console/messages')).json();
          for (const m of all.slice(seen)) { add('บอท (' + m.via + '): ' + m.text + (m.choices.length ? '\n[' + m.choices.join('] [') + ']' : '') + (m.links.length ? '\n' + m.links.join('\n') : ''), 'bot'); }
          seen = all.length; }, 700);
        </script>
        </body></html>
        """;
}
