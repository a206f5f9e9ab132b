using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Protocol.Activities;

/// <summary>The parts of Teams' <c>channelData</c> the protocol layer reads.</summary>
public sealed record TeamsChannelData(TeamsInfo? Team, TeamsChannelInfo? Channel, TenantInfo? Tenant, string? EventType)
{
    /// <summary>Reads Teams channel data from an activity; empty when absent or malformed.</summary>
    public static TeamsChannelData From(Activity activity)
    {
        if (activity.ChannelData is not JsonObject)
        {
            return new TeamsChannelData(null, null, null, null);
        }

        try
        {
            return activity.ChannelData.Deserialize<TeamsChannelData>(ProtocolJson.Options)
                ?? new TeamsChannelData(null, null, null, null);
        }
        catch (JsonException)
        {
            // A channel that sends odd channelData must not break the turn: treat it as absent.
            return new TeamsChannelData(null, null, null, null);
        }
    }
}

/// <summary>A team.</summary>
public sealed record TeamsInfo(string? Id, string? Name, string? AadGroupId);

/// <summary>A channel in a team.</summary>
public sealed record TeamsChannelInfo(string? Id, string? Name);

/// <summary>A tenant.</summary>
public sealed record TenantInfo(string? Id);
