using Bot.Protocol.Activities;

namespace TeamsBot.Installation;

/// <summary>What an install-related update means for the bot. Teams may say the same thing twice, in both activity types.</summary>
public enum InstallChange
{
    /// <summary>Nothing the install feature acts on: other members, renames, a channel created, an upgrade.</summary>
    None,
    /// <summary>The bot was added to a team (or a group chat): introduce it once, in the conversation the update came in.</summary>
    AddedToTeam,
    /// <summary>A person added the app for themselves: welcome them once in the 1:1 chat.</summary>
    AddedPersonally,
    /// <summary>The bot was removed from a team (or a group chat), or the app uninstalled there.</summary>
    RemovedFromTeam,
    /// <summary>A person removed the app from their own scope.</summary>
    RemovedPersonally,
    /// <summary>A channel of the team was deleted.</summary>
    ChannelDeleted,
}

/// <summary>
/// One install-related update, read from a <c>conversationUpdate</c> (the bot among <c>membersAdded</c> /
/// <c>membersRemoved</c>, or <c>channelData.eventType</c> <c>channelDeleted</c>) or an <c>installationUpdate</c>
/// (<c>action</c> <c>add</c> / <c>remove</c>; the <c>-upgrade</c> forms are a new app version, not a new install).
/// </summary>
/// <param name="Scope">Whose install: the team's id, the group chat's id, or the person's Teams id.</param>
/// <param name="ChannelId">For a deleted channel: that channel (the update itself comes in the team's General channel).</param>
public sealed record InstallEvent(InstallChange Change, string Scope, string? ChannelId = null)
{
    public static InstallEvent? From(Activity activity)
    {
        var data = TeamsChannelData.From(activity);
        var personal = activity.IsPersonal();
        var scope = personal ? activity.From?.Id : data.Team?.Id ?? activity.GetRootConversationId();
        if (string.IsNullOrEmpty(scope))
        {
            return null;
        }

        var change = activity.Type switch
        {
            ActivityTypes.InstallationUpdate => activity.Action?.ToLowerInvariant() switch
            {
                "add" => personal ? InstallChange.AddedPersonally : InstallChange.AddedToTeam,
                "remove" => personal ? InstallChange.RemovedPersonally : InstallChange.RemovedFromTeam,
                _ => InstallChange.None,
            },
            ActivityTypes.ConversationUpdate when IsBot(activity, activity.MembersAdded) =>
                personal ? InstallChange.AddedPersonally : InstallChange.AddedToTeam,
            ActivityTypes.ConversationUpdate when IsBot(activity, activity.MembersRemoved) =>
                personal ? InstallChange.RemovedPersonally : InstallChange.RemovedFromTeam,
            ActivityTypes.ConversationUpdate when data.EventType == "channelDeleted" && data.Channel?.Id is { Length: > 0 } => InstallChange.ChannelDeleted,
            _ => InstallChange.None,
        };
        return change == InstallChange.None ? null : new InstallEvent(change, scope, change == InstallChange.ChannelDeleted ? data.Channel!.Id : null);
    }

    /// <summary>Teams may send the team's install in another channel than General, so the team is the key, not the channel.</summary>
    public string ClaimKey => Change is InstallChange.AddedPersonally or InstallChange.RemovedPersonally ? "personal:" + Scope : "team:" + Scope;

    private static bool IsBot(Activity activity, List<ChannelAccount>? members) =>
        activity.Recipient?.Id is { Length: > 0 } bot && members?.Exists(m => string.Equals(m.Id, bot, StringComparison.Ordinal)) == true;
}
