using System.Text.Json.Serialization;

namespace TeamsBot.Cards;

/// <summary>An Adaptive Card 1.5, the newest version Teams renders.</summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction>? Actions = null)
{
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Version => "1.5";

    /// <summary>Teams extensions; full width keeps the board readable in a channel.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardOptions MsTeams { get; init; } = new("Full");

    /// <summary>Read aloud by screen readers when the card is focused.</summary>
    public string? Speak { get; init; }
}

public sealed record TeamsCardOptions(string Width);
