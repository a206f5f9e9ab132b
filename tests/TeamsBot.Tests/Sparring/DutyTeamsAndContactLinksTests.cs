using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Conversations;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.RosterHost;

namespace TeamsBot.Tests.Sparring;

/// <summary>
/// Which duty team a counsellor or channel belongs to (<see cref="DutyTeams"/>), and call links by sign-in name
/// (<see cref="ContactLinks"/>): from the people directory, else from one member look-up that is remembered.
/// </summary>
public sealed class DutyTeamsAndContactLinksTests : IDisposable
{
    private const string OtherTeam = "19:other-team@thread.tacv2";
    private const string OtherChannel = "19:other-duty@thread.tacv2";
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public DutyTeamsAndContactLinksTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private DutyTeams Teams => _bot.Services.GetRequiredService<DutyTeams>();

    private ContactLinks Links => _bot.Services.GetRequiredService<ContactLinks>();

    private Task AddOtherTeamAsync() => _bot.Services.GetRequiredService<DutyChannelStore>().ChooseAsync(
        new DutyChannel(OtherTeam, OtherChannel, "Natholdet", null, Activities.TenantId, DutyChannelSource.Chosen, null, _bot.Time.GetUtcNow()), default);

    private IReadOnlyList<RecordedRequest> MemberLookups => [.. _bot.Connector.Requests.Where(r => r.Method == HttpMethod.Get && r.Path.Contains("/members/", StringComparison.Ordinal))];

    [Fact]
    public async Task OfCounsellorAsync_OpenShiftInOneOfSeveralTeams_ThatTeam()
    {
        await _client.InstallAsync();
        await AddOtherTeamAsync();
        await _bot.Services.GetRequiredService<ShiftService>().CheckInAsync(OtherChannel, Anna, default);

        var team = await Teams.OfCounsellorAsync(Anna, default);

        Assert.Equal(OtherTeam, team?.TeamKey);
    }

    [Fact]
    public async Task OfCounsellorAsync_OffDutyWithOnlyOneTeam_ThatTeam()
    {
        await _client.InstallAsync();

        var team = await Teams.OfCounsellorAsync(Anna, default);

        Assert.Equal(Activities.TeamId, team?.TeamKey);
        Assert.Equal(Activities.ChannelId, team?.ChannelId);
    }

    [Fact]
    public async Task OfCounsellorAsync_OffDutyWithSeveralTeams_Null()
    {
        await _client.InstallAsync();
        await AddOtherTeamAsync();

        Assert.Null(await Teams.OfCounsellorAsync(Anna, default));
    }

    [Fact]
    public async Task OfChannelAsync_TheDutyChannelAndAnotherChannel_TheTeamAndNull()
    {
        await _client.InstallAsync();
        await AddOtherTeamAsync();

        Assert.Equal(OtherTeam, (await Teams.OfChannelAsync(OtherChannel, default))?.TeamKey);
        Assert.Null(await Teams.OfChannelAsync("19:random@thread.tacv2", default));
    }

    [Fact]
    public async Task OfChannelAsync_TeamChosenThroughThisInstanceRightAfterAMiss_FoundAtOnce()
    {
        await _client.InstallAsync();
        Assert.Null(await Teams.OfChannelAsync(OtherChannel, default));

        await AddOtherTeamAsync();

        Assert.Equal(OtherTeam, (await Teams.OfChannelAsync(OtherChannel, default))?.TeamKey);
    }

    [Fact]
    public async Task OfChannelAsync_TeamAddedThroughAnotherInstance_FoundOnceTheMissWindowHasPassed()
    {
        await _client.InstallAsync();
        Assert.Null(await Teams.OfChannelAsync(OtherChannel, default));
        using var otherInstance = new DutyChannelStore(_bot.Services.GetRequiredService<TeamsBot.Storage.Tables>());
        await otherInstance.ChooseAsync(new DutyChannel(OtherTeam, OtherChannel, "Natholdet", null, Activities.TenantId, DutyChannelSource.Chosen, null, _bot.Time.GetUtcNow()), default);

        // Just read: a channel that is no team's costs no storage read per message.
        Assert.Null(await Teams.OfChannelAsync(OtherChannel, default));

        _bot.Time.Advance(DutyTeams.MissReadAgainAfter);
        Assert.Equal(OtherTeam, (await Teams.OfChannelAsync(OtherChannel, default))?.TeamKey);
        Assert.Equal(OtherChannel, (await Teams.ByKeyAsync(OtherTeam, default))?.ChannelId);
    }

    [Fact]
    public async Task CallAsync_SignInNameInTheDirectory_LinkWithoutAskingTeams()
    {
        await _bot.Services.GetRequiredService<PeopleDirectory>().RememberMemberAsync(
            new Bot.Protocol.Connector.TeamsChannelAccount(Anna.TeamsId, Anna.Name, Anna.EntraId, null, null, null, "anna@example.org", null, null), default);

        var link = await Links.CallAsync(Anna, default);

        Assert.Equal("https://teams.microsoft.com/l/call/0/0?users=anna%40example.org", link?.ToString());
        Assert.Empty(MemberLookups);
    }

    [Fact]
    public async Task CallAsync_UnknownNameButAOneToOneChat_LooksTheMemberUpOnceAndRemembersTheName()
    {
        await _client.PostAsync(Activities.PersonalMessage(Anna.TeamsId, Anna.Name, "/hjælp"));
        _bot.Connector.Answer(r => r.Method == HttpMethod.Get && r.RequestUri!.AbsolutePath.Contains("/members/", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Member(Anna).ToJsonString(), Encoding.UTF8, "application/json") }
            : null);

        var first = await Links.CallAsync(Anna, default);
        var second = await Links.CallAsync(Anna, default);

        Assert.Equal("https://teams.microsoft.com/l/call/0/0?users=anna%40example.org", first?.ToString());
        Assert.Equal(first, second);
        Assert.Single(MemberLookups);
        Assert.Equal("anna@example.org", (await _bot.Services.GetRequiredService<PeopleDirectory>().FindAsync(Anna.EntraId!, default))?.UserPrincipalName);
    }

    [Fact]
    public async Task CallAsync_MemberLookUpFails_NullAndLogged2206()
    {
        await _client.PostAsync(Activities.PersonalMessage(Anna.TeamsId, Anna.Name, "/hjælp"));
        _bot.Connector.FailNext(10, HttpStatusCode.NotFound, r => r.Method == HttpMethod.Get);

        var link = await Links.CallAsync(Anna, default);

        Assert.Null(link);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2206 && l.Message.Contains(Anna.TeamsId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CallAsync_NeverSeenAndNotInTheDirectory_NullWithoutALookUp()
    {
        var link = await Links.CallAsync(new Person("29:zed", "Zed", Activities.EntraIdOf("29:zed")), default);

        Assert.Null(link);
        Assert.Empty(MemberLookups);
    }
}
