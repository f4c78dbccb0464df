using System.Text.Json;
using YamlDotNet.Serialization;

namespace Senate.ChatBot.FakeLine;

/// <summary>
/// Checks JSON against the component schemas of LINE's OpenAPI documents: $ref, allOf,
/// discriminator mappings, required, type, enum, min/max items and length, minimum/maximum, uri
/// formats, and properties no schema declares (a typo in our JSON is an error here, not silence).
/// </summary>
public sealed class OpenApiSchemas
{
    private readonly Dictionary<object, object> _schemas;

    private OpenApiSchemas(Dictionary<object, object> schemas) => _schemas = schemas;

    public static OpenApiSchemas Load(string yamlPath)
    {
        using var reader = File.OpenText(yamlPath);
        var document = (Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize(reader)!;
        var components = (Dictionary<object, object>)document["components"];
        return new OpenApiSchemas((Dictionary<object, object>)components["schemas"]);
    }

    /// <summary>The violations of <paramref name="json"/> against the named schema; empty when it conforms.</summary>
    public IReadOnlyList<string> Validate(string schemaName, JsonElement json)
    {
        var errors = new List<string>();
        Check(json, (Dictionary<object, object>)_schemas[schemaName], "$", errors);
        return errors;
    }

    private void Check(JsonElement value, Dictionary<object, object> schema, string path, List<string> errors)
    {
        var parts = new List<Dictionary<object, object>>();
        Collect(schema, parts);
        Dispatch(value, parts);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var open = false;
        foreach (var part in parts)
        {
            CheckOne(value, part, path, errors);
            if (part.TryGetValue("properties", out var props))
            {
                declared.UnionWith(((Dictionary<object, object>)props).Keys.Cast<string>());
            }

            open |= part.ContainsKey("additionalProperties");
        }

        if (value.ValueKind == JsonValueKind.Object && declared.Count > 0 && !open)
        {
            errors.AddRange(value.EnumerateObject().Where(p => !declared.Contains(p.Name)).Select(p => $"{path}.{p.Name}: not in the schema"));
        }
    }

    private void Collect(Dictionary<object, object> schema, List<Dictionary<object, object>> parts)
    {
        var resolved = Resolve(schema);
        if (parts.Contains(resolved))
        {
            return;
        }

        parts.Add(resolved);
        if (resolved.TryGetValue("allOf", out var all))
        {
            foreach (Dictionary<object, object> sub in (List<object>)all)
            {
                Collect(sub, parts);
            }
        }
    }

    // A base schema with a discriminator (Message, Action, FlexComponent...) stands for the schema its mapping names.
    private void Dispatch(JsonElement value, List<Dictionary<object, object>> parts)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (value.ValueKind == JsonValueKind.Object && parts[i].TryGetValue("discriminator", out var d))
            {
                var discriminator = (Dictionary<object, object>)d;
                var property = (string)discriminator["propertyName"];
                if (value.TryGetProperty(property, out var tag) && tag.ValueKind == JsonValueKind.String &&
                    discriminator.TryGetValue("mapping", out var m) && ((Dictionary<object, object>)m).TryGetValue(tag.GetString()!, out var target))
                {
                    Collect(new Dictionary<object, object> { ["$ref"] = target }, parts);
                }
            }
        }
    }

    private void CheckOne(JsonElement value, Dictionary<object, object> schema, string path, List<string> errors)
    {
        if (schema.TryGetValue("type", out var type) && !SchemaKeywords.IsType(value, (string)type))
        {
            errors.Add($"{path}: expected {type}, found {value.ValueKind}");
            return;
        }

        if (schema.TryGetValue("enum", out var values) && value.ValueKind == JsonValueKind.String &&
            !((List<object>)values).Cast<string>().Contains(value.GetString()))
        {
            errors.Add($"{path}: '{value.GetString()}' is not one of the allowed values");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var name in schema.TryGetValue("required", out var req) ? ((List<object>)req).Cast<string>() : [])
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        errors.Add($"{path}: required property '{name}' is missing");
                    }
                }

                foreach (var (name, sub) in schema.TryGetValue("properties", out var props) ? (Dictionary<object, object>)props : [])
                {
                    if (value.TryGetProperty((string)name, out var child))
                    {
                        Check(child, (Dictionary<object, object>)sub, $"{path}.{name}", errors);
                    }
                }

                if (schema.TryGetValue("additionalProperties", out var extra) && extra is Dictionary<object, object> extraSchema)
                {
                    var named = schema.TryGetValue("properties", out var p) ? ((Dictionary<object, object>)p).Keys.Cast<string>().ToHashSet() : [];
                    foreach (var property in value.EnumerateObject().Where(x => !named.Contains(x.Name)))
                    {
                        Check(property.Value, extraSchema, $"{path}.{property.Name}", errors);
                    }
                }

                break;
            case JsonValueKind.Array:
                SchemaKeywords.Bound(value.GetArrayLength(), schema, "minItems", "maxItems", path, "items", errors);
                if (schema.TryGetValue("items", out var items))
                {
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(item, (Dictionary<object, object>)items, $"{path}[{index++}]", errors);
                    }
                }

                break;
            case JsonValueKind.String:
                SchemaKeywords.Bound(value.GetString()!.Length, schema, "minLength", "maxLength", path, "UTF-16 units", errors);
                if (schema.TryGetValue("format", out var format) && (string)format == "uri" && !Uri.TryCreate(value.GetString(), UriKind.Absolute, out _))
                {
                    errors.Add($"{path}: not an absolute URI");
                }

                break;
            case JsonValueKind.Number:
                SchemaKeywords.Bound(value.GetDouble(), schema, "minimum", "maximum", path, "", errors);
                break;
        }
    }

    private Dictionary<object, object> Resolve(Dictionary<object, object> schema) =>
        schema.TryGetValue("$ref", out var reference)
            ? Resolve((Dictionary<object, object>)_schemas[((string)reference)["#/components/schemas/".Length..]])
            : schema;
}
