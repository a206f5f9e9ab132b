using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Organisation;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Sparring;

/// <summary>What the roster's host tests share: the team's members as the connector lists them, presses, and the stored roster.</summary>
public static class RosterHost
{
    public const string Coordinator = "29:cy";
    public const string CoordinatorName = "Cy Larsen";

    public static readonly Person Anna = new("29:anna", "Anna Jensen", Activities.EntraIdOf("29:anna"));
    public static readonly Person Bo = new("29:bo", "Bo Hansen", Activities.EntraIdOf("29:bo"));

    /// <summary>A member of the team who is not a supervisor.</summary>
    public static readonly Person Carl = new("29:carl", "Carl Nielsen", Activities.EntraIdOf("29:carl"));

    /// <summary>Cy coordinates; Anna and Bo are the supervisors the roster forms offer, unless <paramref name="withSupervisors"/> is false.</summary>
    public static Dictionary<string, string?> CoordinatorSettings(bool withSupervisors = true)
    {
        Dictionary<string, string?> settings = new() { ["Roles:Coordinators:0"] = Activities.EntraIdOf(Coordinator) };
        if (withSupervisors)
        {
            settings["Roles:Supervisors:0"] = Anna.EntraId;
            settings["Roles:Supervisors:1"] = Bo.EntraId;
        }

        return settings;
    }

    /// <summary>A member as Teams lists it, with a sign-in name.</summary>
    public static JsonObject Member(Person person) => new()
    {
        ["id"] = person.TeamsId,
        ["name"] = person.Name,
        ["aadObjectId"] = person.EntraId,
        ["userPrincipalName"] = person.TeamsId[3..] + "@example.org",
    };

    /// <summary>
    /// The team's member list over pages: page i is answered for continuation token "p{i}" (none for the first), and
    /// names the next page's token until the last.
    /// </summary>
    public static void AnswerMembers(this RecordingConnector connector, params JsonObject[][] pages) => connector.Answer(request =>
    {
        if (request.Method != HttpMethod.Get || !request.RequestUri!.AbsolutePath.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            return null;
        }

        var token = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query)["continuationToken"];
        var index = token is null ? 0 : int.Parse(token[1..], System.Globalization.CultureInfo.InvariantCulture);
        var page = new JsonObject { ["members"] = new JsonArray([.. pages[index].Select(m => (JsonNode)m.DeepClone())]) };
        if (index + 1 < pages.Length)
        {
            page["continuationToken"] = $"p{index + 1}";
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(page.ToJsonString(), Encoding.UTF8, "application/json") };
    });

    public static IReadOnlyList<RecordedRequest> MemberListings(this RecordingConnector connector) =>
        [.. connector.Requests.Where(r => r.Path.EndsWith("/pagedmembers", StringComparison.Ordinal))];

    /// <summary>Adds the bot to the team (so the team and its duty channel are known) as the coordinator.</summary>
    public static Task InstallAsync(this HttpClient client) => client.PostAsync(Activities.BotAddedToTeam(Coordinator, CoordinatorName));

    /// <summary>The coordinator's <c>/bagvagt</c> card in the 1:1 chat.</summary>
    public static async Task<JsonObject> CoordinatorRosterAsync(this BotFactory bot, HttpClient client)
    {
        await client.PostAsync(Activities.PersonalMessage(Coordinator, CoordinatorName, "/bagvagt"));
        return bot.Connector.PersonalMessages()[^1].Card();
    }

    /// <summary>Presses a button in the 1:1 chat; the whole invoke answer (statusCode, type, value).</summary>
    public static async Task<JsonObject> PressAsync(this HttpClient client, string verb, JsonObject data, string userId = Coordinator, string userName = CoordinatorName,
        bool inChannel = false)
    {
        var response = await client.PostAsync(Activities.CardAction(userId, userName, verb, data, inChannel: inChannel));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static bool IsCard(this JsonObject answer) => (string?)answer["type"] == "application/vnd.microsoft.card.adaptive";

    public static async Task<Roster> StoredRosterAsync(this BotFactory bot) =>
        await bot.Services.GetRequiredService<IRosterStore>().GetAsync(Activities.TeamId, default);

    public static WeeklySlot Slot(DayOfWeek day, int from, int to, Person primary, Person? backup = null) =>
        new(TeamsBot.Storage.RandomId.New(), day, new TimeOnly(from, 0), new TimeOnly(to, 0), primary, backup);
}
