using System.Text.Json;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Client.Contract;

/// <summary>
/// Checks recorded requests against Discord's OpenAPI description: the operation (method + path template) must exist, and
/// the JSON body must fit its request schema. A small walker: $ref, allOf/anyOf/oneOf, type, enum/const, properties
/// (unknown fields are errors), required, items, maxLength, maxItems. Formats and patterns are not checked.
/// </summary>
internal sealed class OpenApiContract(JsonElement root)
{
    public const string RelativePath = "shared/discord/openapi.json";

    /// <summary>The description found above the repository (CI puts it at ../shared/discord), or null when absent.</summary>
    public static OpenApiContract? Load()
    {
        for (var dir = new DirectoryInfo(RepoFiles.Root); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(path)) return new OpenApiContract(JsonDocument.Parse(File.ReadAllBytes(path)).RootElement);
        }
        return null;
    }

    public IReadOnlyList<string> Check(RecordedRequest request)
    {
        var problems = new List<string>();
        var where = $"{request.Method} {request.PathWithoutQuery}";
        if (FindPath(request.PathWithoutQuery) is not { } pathItem)
            return [$"{where}: no such path in the OpenAPI description"];
        if (!pathItem.TryGetProperty(request.Method.ToLowerInvariant(), out var operation))
            return [$"{where}: no {request.Method} operation"];
        if (request.Json is not { } json) return problems;
        if (!operation.TryGetProperty("requestBody", out var body) ||
            !body.GetProperty("content").TryGetProperty("application/json", out var content))
            return [$"{where}: sends a body the operation does not take"];
        Walk(content.GetProperty("schema"), JsonDocument.Parse(json).RootElement, where + " body", problems);
        return problems;
    }

    private JsonElement? FindPath(string path)
    {
        var segments = path.Trim('/').Split('/');
        JsonElement? best = null;
        var bestLiterals = -1;
        foreach (var candidate in root.GetProperty("paths").EnumerateObject())
        {
            var template = candidate.Name.Trim('/').Split('/');
            if (template.Length != segments.Length) continue;
            var literals = 0;
            var matches = true;
            for (var i = 0; i < template.Length && matches; i++)
            {
                if (template[i].StartsWith('{')) continue;
                matches = template[i] == segments[i];
                literals++;
            }
            // "/messages/@original" beats "/messages/{message_id}": the most literal template wins.
            if (matches && literals > bestLiterals) (best, bestLiterals) = (candidate.Value, literals);
        }
        return best;
    }

    private void Walk(JsonElement schema, JsonElement value, string at, List<string> problems)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("allOf", out var allOf))
            foreach (var part in allOf.EnumerateArray()) Walk(part, value, at, problems);
        foreach (var union in new[] { "anyOf", "oneOf" })
        {
            if (!schema.TryGetProperty(union, out var branches)) continue;
            var attempts = branches.EnumerateArray().Select(b =>
            {
                var found = new List<string>();
                Walk(b, value, at, found);
                return found;
            }).ToList();
            if (attempts.All(a => a.Count > 0)) problems.AddRange(attempts.MinBy(a => a.Count)!);
        }
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            problems.Add($"{at}: {value.ValueKind} where the schema says {type.GetRawText()}");
            return;
        }
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetRawText() == value.GetRawText()))
            problems.Add($"{at}: {value.GetRawText()} is not one of {values.GetRawText()}");
        if (schema.TryGetProperty("const", out var constant) && constant.GetRawText() != value.GetRawText())
            problems.Add($"{at}: {value.GetRawText()} is not {constant.GetRawText()}");
        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("maxLength", out var maxLength) && value.GetString()!.Length > maxLength.GetInt32())
            problems.Add($"{at}: longer than {maxLength.GetInt32()}");
        if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("maxItems", out var maxItems) && value.GetArrayLength() > maxItems.GetInt32())
                problems.Add($"{at}: more than {maxItems.GetInt32()} items");
            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in value.EnumerateArray()) Walk(items, item, $"{at}[{i++}]", problems);
            }
        }
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var field in value.EnumerateObject())
            {
                if (properties.TryGetProperty(field.Name, out var fieldSchema)) Walk(fieldSchema, field.Value, $"{at}.{field.Name}", problems);
                else if (!schema.TryGetProperty("additionalProperties", out var extra) || extra.ValueKind == JsonValueKind.False)
                    problems.Add($"{at}: unknown field '{field.Name}'");
            }
            if (schema.TryGetProperty("required", out var required))
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                    problems.Add($"{at}: missing required '{name}'");
        }
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var node = root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/')) node = node.GetProperty(part);
            schema = node;
        }
        return schema;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(t.GetString()!, value))
        : TypeMatches(type.GetString()!, value);

    private static bool TypeMatches(string type, JsonElement value) => (type, value.ValueKind) switch
    {
        ("object", JsonValueKind.Object) or ("array", JsonValueKind.Array) or ("string", JsonValueKind.String) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) or ("null", JsonValueKind.Null) => true,
        ("number", JsonValueKind.Number) => true,
        ("integer", JsonValueKind.Number) => value.TryGetInt64(out _),
        // Discord's docs send permission bit sets as strings ("32"); the generated spec calls them integers.
        ("integer", JsonValueKind.String) => value.GetString()!.All(char.IsAsciiDigit),
        _ => false,
    };
}
