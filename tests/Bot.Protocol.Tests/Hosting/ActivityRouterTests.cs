using System.Text;
using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;

namespace Bot.Protocol.Tests.Hosting;

public sealed class ActivityRouterTests
{
    private static readonly TurnHandler Noop = (_, _) => Task.CompletedTask;
    private static readonly CardActionHandler NoopCard = (_, _, _) => Task.FromResult(AdaptiveCardInvokeResponse.Message("ok"));

    private static Activity Channel(string text, bool mention)
    {
        var mentionText = mention ? "<at>Bot</at> " : "";
        var entities = mention ? """{"type":"mention","text":"<at>Bot</at>","mentioned":{"id":"28:bot","name":"Bot"}}""" : "";
        return Activity.Parse(Encoding.UTF8.GetBytes(
            "{\"type\":\"message\",\"text\":\"" + mentionText + text + "\",\"recipient\":{\"id\":\"28:bot\"}," +
            "\"conversation\":{\"id\":\"19:c@thread.tacv2\",\"conversationType\":\"channel\",\"isGroup\":true}," +
            "\"entities\":[" + entities + "]}"));
    }

    private static Activity Invoke(string value) => Activity.Parse(Encoding.UTF8.GetBytes(
        """{"type":"invoke","name":"adaptiveCard/action","conversation":{"id":"a:1"},"value":""" + value + "}"));

    private static ActivityRouter Router() => new ActivityRouter()
        .OnCommand("/checkin", Noop)
        .OnUnrecognizedMessage(Noop)
        .OnCardAction("shift.checkin", NoopCard);

    [Fact]
    public void OnCommand_SameNameTwiceIgnoringCase_Throws()
    {
        var router = new ActivityRouter().OnCommand("/checkin", Noop);

        Assert.Throws<InvalidOperationException>(() => router.OnCommand("/CHECKIN", Noop));
    }

    [Fact]
    public void OnCardAction_SameVerbTwice_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new ActivityRouter().OnCardAction("v", NoopCard).OnCardAction("v", NoopCard));
    }

    [Theory]
    [InlineData("/checkin", true, RouteKind.Turn)]
    [InlineData("/checkin", false, RouteKind.Turn)]
    [InlineData("/CheckIn please", true, RouteKind.Turn)]
    [InlineData("hvem har aftenvagten?", true, RouteKind.Turn)]
    [InlineData("hvem har aftenvagten?", false, RouteKind.Ignored)]
    [InlineData("/somebody-elses-bot", false, RouteKind.Ignored)]
    public void Resolve_ChannelMessages_OnlyCommandsOrMentionsAreHandled(string text, bool mention, RouteKind expected)
    {
        Assert.Equal(expected, Router().Resolve(Channel(text, mention)).Kind);
    }

    [Fact]
    public void Resolve_ActionExecute_RoutesByVerbWithData()
    {
        var route = Router().Resolve(Invoke("""{"action":{"type":"Action.Execute","verb":"shift.checkin","data":{"x":"1"}}}"""));

        Assert.Equal(RouteKind.CardAction, route.Kind);
        Assert.Equal(("shift.checkin", "1", true), (route.Action!.Verb, route.Action.GetString("x"), route.Action.IsInvoke));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"action":{"type":"Action.Submit","verb":"shift.checkin"}}""")]
    [InlineData("""{"action":{"type":"Action.Execute"}}""")]
    [InlineData("\"shift.checkin\"")]
    [InlineData("5")]
    [InlineData("""[{"action":{"type":"Action.Execute","verb":"shift.checkin"}}]""")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("""{"action":["Action.Execute"]}""")]
    [InlineData("""{"action":{"type":{"x":1},"verb":"shift.checkin"}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":["shift.checkin"]}}""")]
    public void Resolve_MalformedCardInvoke_BadInvoke(string value)
    {
        Assert.Equal(RouteKind.BadInvoke, Router().Resolve(Invoke(value)).Kind);
    }

    [Fact]
    public void Resolve_UnknownVerbWithoutFallbackHandler_UnhandledInvoke()
    {
        Assert.Equal(RouteKind.UnhandledInvoke, Router().Resolve(Invoke("""{"action":{"type":"Action.Execute","verb":"nope"}}""")).Kind);
    }

    [Fact]
    public void Resolve_ActionSubmitMessage_RoutesByVerbInValue()
    {
        var activity = Activity.Parse(Encoding.UTF8.GetBytes("""{"type":"message","value":{"verb":"shift.checkin"},"replyToId":"card-1","conversation":{"id":"a:1"}}"""));

        var route = Router().Resolve(activity);

        Assert.Equal((RouteKind.CardAction, false, "card-1"), (route.Kind, route.Action!.IsInvoke, route.Action.CardActivityId));
    }

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public void Resolve_TypesWithoutHandlers_Ignored(string type)
    {
        var activity = Activity.Parse(Encoding.UTF8.GetBytes("{\"type\":\"" + type + "\",\"conversation\":{\"id\":\"a:1\"}}"));

        Assert.Equal(RouteKind.Ignored, Router().Resolve(activity).Kind);
    }
}
