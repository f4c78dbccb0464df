using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Nlu;

/// <summary>One recognition as one line of JSON, Thai left readable.</summary>
internal static class ResultJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(string text, RecognizerResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("text", text);
            json.WriteString("intent", result.Intent);
            json.WriteNumber("score", result.Score);
            json.WriteStartArray("entities");
            foreach (var entity in result.Entities)
            {
                WriteEntity(json, entity);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEntity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("type", entity.Type);
        json.WriteString("text", entity.Text);
        json.WriteNumber("offset", entity.Offset);
        json.WriteNumber("length", entity.Length);
        switch (entity)
        {
            case DateEntity date:
                json.WriteString("value", Iso(date.Date));
                break;
            case DateRangeEntity range:
                json.WriteStartObject("value");
                json.WriteString("start", Iso(range.Start));
                json.WriteString("end", Iso(range.End));
                json.WriteEndObject();
                break;
            case CommitteeEntity committee:
                json.WriteString("value", committee.Committee.Id);
                json.WriteString("name", committee.Committee.Thai);
                json.WriteNumber("similarity", Math.Round(committee.Similarity, 3));
                break;
            case ComplaintReferenceEntity reference:
                json.WriteString("value", reference.Reference);
                break;
            case MemberNumberEntity member:
                json.WriteNumber("value", member.Number);
                break;
        }

        json.WriteEndObject();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
