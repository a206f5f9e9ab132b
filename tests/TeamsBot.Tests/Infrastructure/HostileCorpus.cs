using System.Text.Json.Nodes;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// Malformed activities, generated deterministically from a seed by mutating valid Teams activities:
/// wrong types, nulls, huge and odd ids, dot segments, broken entities, odd invoke values.
/// </summary>
public static class HostileCorpus
{
    private static readonly string[] Fields =
    [
        "id", "replyToId", "type", "text", "locale", "channelId", "name", "value", "entities", "channelData", "timestamp",
        "from", "from.id", "from.name", "from.aadObjectId", "recipient", "recipient.id",
        "conversation", "conversation.id", "conversation.conversationType", "conversation.tenantId", "conversation.isGroup",
        "channelData.team", "channelData.team.id", "channelData.channel.id", "channelData.tenant.id", "channelData.eventType",
        "value.action", "value.action.type", "value.action.verb", "value.action.data", "membersAdded",
    ];

    private static readonly Func<JsonNode?>[] OddValues =
    [
        () => null, () => 5, () => -1, () => true, () => 1.5, () => "", () => " ", () => ".", () => "..",
        () => "..;messageid=1", () => ";messageid=1", () => $"{Activities.ChannelId};messageid=..", () => new string('x', 513),
        () => new string('/', 180), () => "a/../b", () => "æøå 😀", () => "\u0000\u0001", () => "%2e%2e", () => "?#|\\",
        () => $"<at>{Activities.BotName}</at>", () => new string('y', 5000), () => new JsonArray(),
        () => new JsonArray(1, "a", null), () => new JsonObject(), () => new JsonObject { ["id"] = 5 },
        () => new JsonObject { ["id"] = ".." }, () => new JsonObject { ["id"] = new string('/', 300) },
    ];

    private static readonly Func<JsonNode?>[] BrokenEntities =
    [
        () => null,
        () => new JsonObject { ["type"] = "mention", ["mentioned"] = Activities.BotId },
        () => new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonArray(Activities.BotId) },
        () => new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = 5 } },
        () => new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = new JsonObject() } },
        () => new JsonObject { ["type"] = "mention", ["text"] = 5, ["mentioned"] = new JsonObject { ["id"] = Activities.BotId } },
        () => new JsonObject { ["type"] = "clientInfo", ["locale"] = 5 },
        () => new JsonObject { ["type"] = "clientInfo", ["locale"] = new JsonObject() },
        () => new JsonObject { ["type"] = null },
    ];

    /// <summary>The corpus for <paramref name="seed"/>: <paramref name="count"/> activities, the same every run.</summary>
    public static List<JsonObject> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var corpus = new List<JsonObject>(count);
        for (var i = 0; i < count; i++)
        {
            var activity = Valid(random, $"fuzz-{seed}-{i}");
            var mutations = random.Next(1, 4);
            for (var m = 0; m < mutations; m++)
            {
                Mutate(activity, random);
            }

            corpus.Add(activity);
        }

        return corpus;
    }

    private static JsonObject Valid(Random random, string id) => random.Next(6) switch
    {
        0 => Activities.ChannelMessage("29:fuzz", "Fuzz", "/checkin", id: id),
        1 => Activities.ChannelMessage("29:fuzz", "Fuzz", "/checkout", id: id),
        2 => Activities.PersonalMessage("29:fuzz", "Fuzz", "/hjælp", id: id),
        3 => Activities.CardAction("29:fuzz", "Fuzz", "shift.checkin", id: id),
        4 => Activities.CardAction("29:fuzz", "Fuzz", "shift.checkout", inChannel: false, id: id),
        _ => WithId(Activities.BotAddedToTeam("29:fuzz", "Fuzz"), id),
    };

    private static JsonObject WithId(JsonObject activity, string id)
    {
        activity["id"] = id;
        return activity;
    }

    private static void Mutate(JsonObject activity, Random random)
    {
        if (random.Next(4) == 0)
        {
            var entities = activity["entities"] as JsonArray ?? [];
            activity["entities"] = entities;
            entities.Insert(random.Next(entities.Count + 1), BrokenEntities[random.Next(BrokenEntities.Length)]());
            return;
        }

        Set(activity, Fields[random.Next(Fields.Length)], OddValues[random.Next(OddValues.Length)]());
    }

    private static void Set(JsonObject activity, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var parent = activity;
        foreach (var part in parts[..^1])
        {
            if (parent[part] is not JsonObject child)
            {
                child = [];
                parent[part] = child;
            }

            parent = child;
        }

        parent[parts[^1]] = value;
    }
}
