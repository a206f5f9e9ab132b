using System.Text.Json;
using NJsonSchema;
using TeamsBot.Cards;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>Checks card JSON against the Adaptive Card 1.5 schema in ../shared/schemas.</summary>
public static class CardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Shared, "schemas", "adaptive-card-1.5.schema.json")).GetAwaiter().GetResult());

    private static readonly JsonSerializerOptions Indented = new(Bot.Protocol.ProtocolJson.Options) { WriteIndented = true };

    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize<object>(card, Indented);

    /// <summary>
    /// Schema errors of a card. The card's <c>msteams</c> object is Teams' documented host extension
    /// (full width, mentions), which the generic 1.5 schema does not list, so it is set aside first.
    /// </summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        var card = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        card.Remove("msteams");
        return [.. Schema.Value.Validate(card.ToJsonString()).Select(e => $"{e.Path}: {e.Kind}")];
    }

    public static void AssertValid(AdaptiveCard card)
    {
        var errors = Errors(ToJson(card));
        Assert.True(errors.Count == 0, "Card is not valid Adaptive Card 1.5:\n" + string.Join("\n", errors) + "\n" + ToJson(card));
    }
}
