using System.Text.Json.Nodes;

namespace Senate.ChatBot.FakeLine;

/// <summary>LINE's limits that the OpenAPI documents do not state but the platform enforces.</summary>
internal static class FakeLineLimits
{
    public static IEnumerable<string> Check(JsonArray? messages)
    {
        var index = 0;
        foreach (var message in messages ?? [])
        {
            var path = $"$.messages[{index++}]";
            var type = (string?)message?["type"];
            if (type == "text" && ((string?)message!["text"])?.Length is > 5000 or 0)
            {
                yield return $"{path}.text: must be 1 to 5,000 UTF-16 units";
            }

            if (type == "flex" && ((string?)message!["altText"])?.Length is > 1500 or 0 or null)
            {
                yield return $"{path}.altText: must be 1 to 1,500 UTF-16 units";
            }

            foreach (var item in message?["quickReply"]?["items"]?.AsArray() ?? [])
            {
                if (((string?)item?["action"]?["label"])?.Length is > 20 or 0 or null)
                {
                    yield return $"{path}.quickReply: an action label must be 1 to 20 UTF-16 units";
                }
            }
        }
    }
}
