using System.Text.Json.Nodes;
using Senate.ChatBot.Host.Channels.Line.AccountLink;

namespace Senate.ChatBot.Host.Channels.Line.RichMenus;

/// <summary>The public menu (everyone) and the senator menu (linked members): one row of tappable areas each.</summary>
internal static class RichMenuDefinitions
{
    public const int Width = 2500;
    public const int Height = 843;

    /// <summary>Bump when an area changes, so hosts create the new menus instead of reusing the stored ones.</summary>
    public const string Version = "2026-11-1";

    public static JsonObject Public() => Menu("senate-public", "เมนู",
        Message("ตารางประชุม"), Message("ชั้นหนังสือ"), Message("ร้องเรียน"),
        Postback("เชื่อมบัญชีสมาชิก", LineAccountLinking.LinkPostback));

    public static JsonObject Senator() => Menu("senate-senator", "เมนูสมาชิก",
        Message("ตารางประชุมของฉัน"), Message("ข้อมูลส่วนตัว"), Message("ชั้นหนังสือ"),
        Postback("ยกเลิกการเชื่อมบัญชี", LineAccountLinking.UnlinkPostback));

    private static JsonObject Menu(string name, string chatBarText, params JsonObject[] actions)
    {
        var width = Width / actions.Length;
        var areas = new JsonArray();
        for (var i = 0; i < actions.Length; i++)
        {
            areas.Add(new JsonObject
            {
                ["bounds"] = new JsonObject { ["x"] = i * width, ["y"] = 0, ["width"] = width, ["height"] = Height },
                ["action"] = actions[i],
            });
        }

        return new JsonObject
        {
            ["size"] = new JsonObject { ["width"] = Width, ["height"] = Height },
            ["selected"] = true,
            ["name"] = $"{name} {Version}",
            ["chatBarText"] = chatBarText,
            ["areas"] = areas,
        };
    }

    private static JsonObject Message(string text) => new() { ["type"] = "message", ["label"] = text, ["text"] = text };

    private static JsonObject Postback(string label, string data) =>
        new() { ["type"] = "postback", ["label"] = label, ["data"] = data, ["displayText"] = label };
}
