using System.Globalization;
using System.Text.Json;

namespace Senate.ChatBot.FakeLine;

/// <summary>The scalar JSON Schema keywords: type, and the minimum/maximum family (YAML gives their numbers as text).</summary>
internal static class SchemaKeywords
{
    public static void Bound(double actual, Dictionary<object, object> schema, string minKey, string maxKey, string path, string unit, List<string> errors)
    {
        if (schema.TryGetValue(minKey, out var min) && actual < Number(min))
        {
            errors.Add($"{path}: {actual} {unit} is below {minKey} {min}");
        }

        if (schema.TryGetValue(maxKey, out var max) && actual > Number(max))
        {
            errors.Add($"{path}: {actual} {unit} is above {maxKey} {max}");
        }
    }

    public static double Number(object yamlScalar) => double.Parse((string)yamlScalar, CultureInfo.InvariantCulture);

    public static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        _ => true,
    };
}
