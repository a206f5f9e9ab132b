namespace TeamsBot.Conversations;

/// <summary>Who to reach: by Teams id (someone the bot has seen) or by Entra object id (e.g. from Roles), or both.</summary>
public sealed record PersonAddress(string? TeamsId, string? EntraId)
{
    public static PersonAddress ByTeamsId(string teamsId) => new(teamsId, null);

    public static PersonAddress ByEntraId(string entraId) => new(null, entraId);

    public static PersonAddress Of(Organisation.Person person) => new(person.TeamsId, person.EntraId);

    public override string ToString() => TeamsId ?? EntraId ?? "(nobody)";
}

/// <summary>Why a 1:1 message did or did not arrive; escalation acts on it.</summary>
public enum ReachOutcome
{
    /// <summary>The connector accepted the message.</summary>
    Sent,
    /// <summary>Teams refused the 1:1 chat (403/404): the app is not installed for that person, or was removed.</summary>
    NotInstalled,
    /// <summary>The bot knows no way to this person or their organisation (it has never seen either).</summary>
    NoConversation,
    /// <summary>The connector or storage failed after retries.</summary>
    Failed,
}

/// <summary>The outcome, and where the message went when it was sent.</summary>
public sealed record ReachResult(ReachOutcome Outcome, string? ConversationId = null, string? ActivityId = null)
{
    public bool Sent => Outcome == ReachOutcome.Sent;
}
