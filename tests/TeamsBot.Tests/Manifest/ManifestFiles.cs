using System.Text.Json.Nodes;
using NJsonSchema;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Manifest;

/// <summary>The files in manifest/ and the Teams schemas in ../shared/schemas they are checked against.</summary>
public static class ManifestFiles
{
    public static string Directory => RepoPaths.InRepo("manifest");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static JsonObject Read(string name) => JsonNode.Parse(File.ReadAllText(PathOf(name)))!.AsObject();

    public static JsonSchema ManifestSchema => Manifest.Value;

    public static JsonSchema LocalizationSchema => Localization.Value;

    private static readonly Lazy<JsonSchema> Manifest = new(() => Load("teams-manifest-1.29.schema.json"));

    private static readonly Lazy<JsonSchema> Localization = new(() => Load("teams-manifest-localization.schema.json"));

    /// <summary>Schema errors of a JSON document, as "path: kind" lines.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode document) =>
        [.. schema.Validate(document.ToJsonString()).Select(error => error.ToString())];

    /// <summary>
    /// Loads a Teams schema for NJsonSchema, which reads draft-04 literally. The Teams schemas say draft-04 but
    /// are written to be read more like later drafts, so two constructs are rewritten first, or they would
    /// check nothing: <c>const</c> (draft-06; NJsonSchema ignores it) becomes a one-value <c>enum</c>, and
    /// a <c>$ref</c> with its own constraints beside it (draft-04 ignores the siblings; the localization
    /// schema puts its name and description length limits there) becomes <c>allOf: [{ $ref }]</c> plus those constraints.
    /// <c>if</c>/<c>then</c> (only under agentConnectors, which this app does not use) stay unchecked.
    /// </summary>
    private static JsonSchema Load(string file)
    {
        var path = Path.Combine(RepoPaths.Shared, "schemas", file);
        var schema = JsonNode.Parse(File.ReadAllText(path))!;
        Upgrade(schema, isNameMap: false);
        return JsonSchema.FromJsonAsync(schema.ToJsonString(), path).GetAwaiter().GetResult();
    }

    private static readonly HashSet<string> NameMaps = ["properties", "patternProperties", "definitions", "dependencies"];

    private static readonly HashSet<string> Data = ["enum", "const", "default", "examples"];

    private static readonly HashSet<string> Annotations = ["$ref", "description", "title", "default", "$comment"];

    private static void Upgrade(JsonNode? node, bool isNameMap)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Upgrade(item, isNameMap: false);
            }

            return;
        }

        if (node is not JsonObject schema)
        {
            return;
        }

        if (!isNameMap)
        {
            if (schema["const"] is { } constant)
            {
                schema.Remove("const");
                schema["enum"] = new JsonArray(constant.DeepClone());
            }

            if (schema["$ref"] is JsonValue reference && schema.Any(keyword => !Annotations.Contains(keyword.Key)))
            {
                schema.Remove("$ref");
                var target = new JsonObject { ["$ref"] = reference.GetValue<string>() };
                if (schema["allOf"] is JsonArray allOf)
                {
                    allOf.Add(target);
                }
                else
                {
                    schema["allOf"] = new JsonArray(target);
                }
            }
        }

        foreach (var (key, child) in schema.ToList())
        {
            if (isNameMap || !Data.Contains(key))
            {
                Upgrade(child, isNameMap: !isNameMap && NameMaps.Contains(key));
            }
        }
    }
}
