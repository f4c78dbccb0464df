using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Senate.ChatBot.FakeLine;

/// <summary>Rich menus: create (schema-checked, areas inside the menu), upload a PNG of the menu's exact size, link to a user.</summary>
internal static class FakeRichMenuApi
{
    public static void Map(WebApplication app, FakeLinePlatform fake)
    {
        var state = fake.State;
        app.MapPost("/v2/bot/richmenu", (HttpRequest r) => FakeLineApi.Handle(r.HttpContext, fake, "richmenu", "RichMenuRequest", body =>
        {
            var menu = body!.AsObject();
            var (width, height) = ((int)menu["size"]!["width"]!, (int)menu["size"]!["height"]!);
            foreach (var area in menu["areas"]!.AsArray())
            {
                var b = area!["bounds"]!;
                if ((int)b["x"]! + (int)b["width"]! > width || (int)b["y"]! + (int)b["height"]! > height)
                {
                    state.Violation("richmenu: an area lies outside the menu");
                    return FakeLineApi.Error(400, "An area lies outside the menu");
                }
            }

            var id = "richmenu-" + RandomNumberGenerator.GetHexString(32, lowercase: true);
            lock (state.Gate)
            {
                state.RichMenus[id] = menu;
            }

            return Results.Json(new { richMenuId = id });
        }));

        app.MapPost("/v2/bot/richmenu/{richMenuId}/content", async (HttpContext http, string richMenuId) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            var png = buffer.ToArray();
            lock (state.Gate)
            {
                if (!state.RichMenus.TryGetValue(richMenuId, out var menu) || http.Request.ContentType != "image/png" || png.Length is < 24 or > 1024 * 1024 ||
                    BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)) != (int)menu["size"]!["width"]! ||
                    BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)) != (int)menu["size"]!["height"]!)
                {
                    state.Violation("richmenu content: unknown menu, not a PNG, over 1 MB or not the menu's size");
                    return FakeLineApi.Error(400, "Invalid image");
                }

                state.RichMenusWithImage.Add(richMenuId);
                return Results.Json(new JsonObject());
            }
        });

        app.MapPost("/v2/bot/user/{userId}/richmenu/{richMenuId}", (HttpContext http, string userId, string richMenuId) =>
            FakeLineApi.Handle(http, fake, "link richmenu", null, _ =>
            {
                lock (state.Gate)
                {
                    if (!state.RichMenusWithImage.Contains(richMenuId))
                    {
                        state.Violation("link richmenu: the menu has no image");
                        return FakeLineApi.Error(400, "The rich menu has no image");
                    }

                    state.UserRichMenus[userId] = richMenuId;
                    return Results.Json(new JsonObject());
                }
            }));
    }
}
