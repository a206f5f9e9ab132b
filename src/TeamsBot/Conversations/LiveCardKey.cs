namespace TeamsBot.Conversations;

/// <summary>
/// Names one live card: the feature's table that remembers its message, and the row (scope + name) within it,
/// e.g. the board of one channel on one day, or one person's card about one sparring request.
/// </summary>
public sealed record LiveCardKey(string Table, string Scope, string Name)
{
    public override string ToString() => $"{Table}/{Scope}/{Name}";
}

/// <summary>Where a live card is posted: as a new post in a channel, or in a person's 1:1 chat with the bot.</summary>
public abstract record LiveCardPlace
{
    private LiveCardPlace()
    {
    }

    public sealed record Channel(string ChannelId) : LiveCardPlace;

    /// <param name="EntraId">
    /// Their Entra object id when known: then the 1:1 chat can be created for someone who has never written to the bot
    /// (a supervisor picked from the team's member list), as <see cref="Conversations.PersonalChat"/> does.
    /// </param>
    public sealed record PersonalChat(string TeamsUserId, string? EntraId = null) : LiveCardPlace;
}

/// <summary>
/// What a publish did: the card now showing (rendered by this call, or by a later render that covered this call's
/// change), or null when it could not be rendered; whether it reached the conversation; the message it is, when
/// known (to link to it); and whether the connector refused the bot itself (401/403), which the person who acted
/// should hear about: their change is stored, but nobody else sees it.
/// </summary>
public sealed record LiveCardResult(Cards.AdaptiveCard? Card, bool Sent, string? MessageId = null, bool BotRefused = false)
{
    public static LiveCardResult Failed { get; } = new(null, false);
}
