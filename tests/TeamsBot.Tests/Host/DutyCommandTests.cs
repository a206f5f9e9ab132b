using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary><c>/vagt</c> (<c>/duty</c>) anywhere shows today's board; in the Agents Playground it brings the lost board back.</summary>
public sealed class DutyCommandTests
{
    [Theory]
    [InlineData("/vagt")]
    [InlineData("/duty")]
    public async Task Duty_InPersonalChat_AnswersWithTodaysBoardWithoutCheckInButtons(string command)
    {
        using var bot = new BotFactory();
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var board = Assert.Single(bot.Connector.BoardMessages());

        await client.PostAsync(Activities.PersonalMessage("29:bo", "Bo Hansen", command));

        var answer = bot.Connector.Requests[^1];
        Assert.Contains("/v3/conversations/a%3Apersonal-29%3Abo/activities/", answer.Path, StringComparison.Ordinal);
        var card = answer.Card();
        Assert.Equal(["Anna Jensen"], card.OnDutyNames());
        var actions = card["actions"]!.AsArray();
        Assert.DoesNotContain(actions, a => (string?)a!["type"] == "Action.Execute"); // Checking in happens on the channel's board.
        Assert.Contains(actions, a => ((string?)a!["url"])?.Contains($"/l/message/{Uri.EscapeDataString(Activities.ChannelId)}/{board.ResponseId}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Duty_NoBoardToday_SaysNobodyHasCheckedIn()
    {
        using var bot = new BotFactory();

        await bot.CreateClient().PostAsync(Activities.PersonalMessage("29:bo", "Bo Hansen", "/vagt"));

        Assert.Equal("Ingen har tjekket ind eller ud i dag endnu.", bot.Connector.Requests[^1].Text());
    }

    [Fact]
    public async Task Duty_InTheChannelInTeams_AnswersInTheThreadAndLeavesTheBoardWhereItIs()
    {
        using var bot = new BotFactory(environment: "Production");
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        await client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/vagt"));

        Assert.Single(bot.Connector.BoardMessages());
        Assert.Equal(["Anna Jensen"], bot.Connector.ThreadReplies()[^1].Card().OnDutyNames());
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task Duty_InGeneral_AnswersWithTheDutyChannelsBoardAndPostsNothingInGeneral(string environment)
    {
        using var bot = new BotFactory(environment: environment);
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin")); // The duty channel: the first with a check-in.

        await client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/vagt", channel: Activities.GeneralChannelId));

        Assert.Single(bot.Connector.BoardMessages());
        var answer = bot.Connector.Requests[^1];
        Assert.Contains(Uri.EscapeDataString(Activities.GeneralChannelId + ";messageid="), answer.Path, StringComparison.Ordinal);
        Assert.Equal(["Anna Jensen"], answer.Card().OnDutyNames());
    }

    [Fact]
    public async Task Duty_InTheChannelInDevelopmentWithAnotherLocalConnector_AnswersInTheThreadAsTeamsWould()
    {
        using var bot = new BotFactory(); // Development, but a loopback connector that is not the Playground's (the benchmark's).
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var duty = Activities.ChannelMessage("29:bo", "Bo Hansen", "/vagt");
        duty["serviceUrl"] = "http://127.0.0.1:56151/";

        await client.PostAsync(duty);

        Assert.Single(bot.Connector.BoardMessages());
        Assert.Equal(["Anna Jensen"], bot.Connector.ThreadReplies()[^1].Card().OnDutyNames());
    }

    [Fact]
    public async Task Duty_InTheChannelInThePlayground_PostsTheBoardAnewAndLaterChangesUpdateTheNewOne()
    {
        using var bot = new BotFactory(); // Development, and the Playground's connector on this machine.
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        await client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/vagt"));
        await client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        var boards = bot.Connector.BoardMessages();
        Assert.Equal([HttpMethod.Post, HttpMethod.Post, HttpMethod.Put], boards.Select(b => b.Method));
        Assert.EndsWith("/activities/" + boards[1].ResponseId, boards[2].Path, StringComparison.Ordinal);
        Assert.Equal(["Anna Jensen", "Bo Hansen"], boards[2].Card().OnDutyNames());
    }

    [Fact]
    public async Task PlaygroundReopened_AfterAReload_TheDaysBoardIsPostedAgain()
    {
        using var bot = new BotFactory();
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        await client.PostAsync(Activities.BotAddedToTeam("29:anna", "Anna Jensen"));

        Assert.Equal([HttpMethod.Post, HttpMethod.Post], bot.Connector.BoardMessages().Select(b => b.Method));
    }

    [Fact]
    public async Task BotAddedInTeams_NothingIsReposted()
    {
        using var bot = new BotFactory(environment: "Production");
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        await client.PostAsync(Activities.BotAddedToTeam("29:anna", "Anna Jensen"));

        Assert.Single(bot.Connector.BoardMessages());
    }
}
