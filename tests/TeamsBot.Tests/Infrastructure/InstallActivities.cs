using System.Text.Json.Nodes;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// Install-related activities in the shapes Teams documents ("Conversation events in your Teams bot": team members
/// added / removed, channel deleted / renamed, team renamed, installation update), with the test tenant's ids.
/// </summary>
public static class InstallActivities
{
    public const string TeamName = "Rådgivning";
    public const string TeamGroupId = "f3ec8cd2-e704-4344-8c47-9a3a21d683c0";

    /// <summary><c>conversationUpdate</c> with the bot in <c>membersAdded</c>, in the channel chosen at install (General unless another was picked).</summary>
    public static JsonObject BotAddedToTeam(string installerId, string channel = Activities.GeneralChannelId, string? id = null)
    {
        var activity = TeamEvent("conversationUpdate", installerId, channel, "teamMemberAdded", id);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
        activity["channelData"]!["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = channel } };
        return activity;
    }

    /// <summary><c>installationUpdate</c> in a team: <c>add</c> (with the selected channel), <c>remove</c>, or an <c>-upgrade</c> form.</summary>
    public static JsonObject TeamInstallationUpdate(string action, string installerId, string channel = Activities.GeneralChannelId, string? id = null)
    {
        var activity = TeamEvent("installationUpdate", installerId, channel, eventType: null, id);
        activity["action"] = action;
        activity["locale"] = "en-US";
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US" });
        activity["channelData"]!["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = channel } };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = channel };
        activity["channelData"]!["source"] = new JsonObject { ["name"] = "message" };
        return activity;
    }

    /// <summary><c>conversationUpdate</c> with the bot in <c>membersRemoved</c>; it comes in the team's conversation.</summary>
    public static JsonObject BotRemovedFromTeam(string removerId, string? id = null)
    {
        var activity = TeamEvent("conversationUpdate", removerId, Activities.TeamId, "teamMemberRemoved", id);
        activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
        return activity;
    }

    /// <summary><c>channelDeleted</c>, <c>channelRenamed</c>: in the team's conversation, naming the channel in <c>channelData.channel</c>.</summary>
    public static JsonObject ChannelEvent(string eventType, string channel, string channelName, string? id = null)
    {
        var activity = TeamEvent("conversationUpdate", "29:anna", Activities.TeamId, eventType, id);
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = channel, ["name"] = channelName };
        return activity;
    }

    public static JsonObject TeamRenamed(string newName)
    {
        var activity = TeamEvent("conversationUpdate", "29:anna", Activities.TeamId, "teamRenamed", null);
        activity["channelData"]!["team"]!["name"] = newName;
        return activity;
    }

    /// <summary>The <c>conversationUpdate</c> of a personal install: the bot and the person in <c>membersAdded</c>, no team, no locale.</summary>
    public static JsonObject BotAddedPersonally(string userId, string? id = null)
    {
        var activity = PersonalEvent("conversationUpdate", userId, id);
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = Activities.BotId },
            new JsonObject { ["id"] = userId, ["aadObjectId"] = Activities.EntraIdOf(userId) });
        return activity;
    }

    /// <summary><c>installationUpdate</c> in the person's own scope, with their Teams locale.</summary>
    public static JsonObject PersonalInstallationUpdate(string action, string userId, string locale = "da-DK", string? id = null)
    {
        var activity = PersonalEvent("installationUpdate", userId, id);
        activity["action"] = action;
        activity["locale"] = locale;
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale });
        return activity;
    }

    private static JsonObject TeamEvent(string type, string userId, string conversationId, string? eventType, string? id)
    {
        var channelData = new JsonObject
        {
            ["team"] = new JsonObject { ["aadGroupId"] = TeamGroupId, ["name"] = TeamName, ["id"] = Activities.TeamId },
            ["tenant"] = new JsonObject { ["id"] = Activities.TenantId },
        };
        if (eventType is not null)
        {
            channelData["eventType"] = eventType;
        }

        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id ?? "f:" + Guid.NewGuid().ToString("D"),
            ["timestamp"] = "2026-11-24T16:00:00.000Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = Activities.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = Activities.EntraIdOf(userId) },
            ["conversation"] = new JsonObject
            {
                ["isGroup"] = true,
                ["conversationType"] = "channel",
                ["tenantId"] = Activities.TenantId,
                ["id"] = conversationId,
            },
            ["recipient"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = Activities.BotName },
            ["channelData"] = channelData,
        };
    }

    private static JsonObject PersonalEvent(string type, string userId, string? id) => new()
    {
        ["type"] = type,
        ["id"] = id ?? "f:" + Guid.NewGuid().ToString("N")[..8],
        ["timestamp"] = "2026-11-24T16:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = Activities.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = Activities.EntraIdOf(userId) },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Activities.TenantId, ["id"] = $"a:personal-{userId}" },
        ["recipient"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = Activities.BotName },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Activities.TenantId } },
    };
}
