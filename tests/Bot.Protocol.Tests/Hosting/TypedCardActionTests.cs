using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;

namespace Bot.Protocol.Tests.Hosting;

public sealed class TypedCardActionTests
{
    private sealed record DayPress(DateOnly Day) : ICardActionPayload
    {
        public static string Verb => "test.day";
    }

    private static Activity Invoke(string data) => Activity.Parse(Encoding.UTF8.GetBytes(
        """{"type":"invoke","name":"adaptiveCard/action","conversation":{"id":"a:1"},"value":{"action":{"type":"Action.Execute","verb":"test.day","data":""" + data + "}}}"));

    private static readonly CardActionHandler<DayPress> EchoDay = (_, press, _) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Message("day " + press.Day.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Resolves and runs the route as the dispatcher would; the handlers here never use the connector.</summary>
    private static async Task<string?> PressAsync(ActivityRouter router, Activity activity)
    {
        var route = router.Resolve(activity);
        Assert.Equal(RouteKind.CardAction, route.Kind);
        var answer = await route.CardAction!(new TurnContext(activity, null!, new ClaimsIdentity()), route.Action!, default);
        return ((AdaptiveCardInvokeResponse)answer.Body!).Value as string;
    }

    [Fact]
    public async Task OnCardAction_Typed_RoutedByThePayloadsVerbWithTheDataRead()
    {
        var router = new ActivityRouter().OnCardAction(EchoDay);

        Assert.Equal("day 2026-11-24", await PressAsync(router, Invoke("""{"day":"2026-11-24"}""")));
    }

    [Fact]
    public async Task OnCardAction_TypedAndSubmitFallback_ReadsTheSameDataBesideTheVerb()
    {
        var router = new ActivityRouter().OnCardAction(EchoDay);
        var submit = Activity.Parse(Encoding.UTF8.GetBytes("""{"type":"message","value":{"day":"2026-11-24","verb":"test.day"},"conversation":{"id":"a:1"}}"""));

        Assert.Equal("day 2026-11-24", await PressAsync(router, submit));
    }

    [Fact]
    public async Task OnCardAction_DataDoesNotFit_DefaultMessageAndHandlerNotCalled()
    {
        var called = false;
        var router = new ActivityRouter().OnCardAction<DayPress>((_, _, _) =>
        {
            called = true;
            return Task.FromResult(AdaptiveCardInvokeResponse.Message("ran"));
        });

        var answer = await PressAsync(router, Invoke("""{"day":"yesterday"}"""));

        Assert.False(called);
        Assert.Equal("This button could not be read; the card may be out of date.", answer);
    }

    [Fact]
    public async Task OnCardAction_DataDoesNotFit_RoutersUnreadableHandlerAnswers()
    {
        var router = new ActivityRouter()
            .OnCardAction(EchoDay)
            .OnUnreadableCardAction((_, action, _) => Task.FromResult(AdaptiveCardInvokeResponse.Message("kan ikke læse " + action.Verb)));

        Assert.Equal("kan ikke læse test.day", await PressAsync(router, Invoke("{}")));
    }

    [Fact]
    public async Task OnCardAction_DataDoesNotFitAndVerbHasItsOwnAnswer_VerbsAnswerWins()
    {
        var router = new ActivityRouter()
            .OnCardAction(EchoDay, whenUnreadable: (_, _, _) => Task.FromResult(AdaptiveCardInvokeResponse.Message("own")))
            .OnUnreadableCardAction((_, _, _) => Task.FromResult(AdaptiveCardInvokeResponse.Message("router")));

        Assert.Equal("own", await PressAsync(router, Invoke("""{"day":5}""")));
    }

    [Fact]
    public void OnCardAction_TypedVerbAlreadyRegistered_Throws()
    {
        var router = new ActivityRouter().OnCardAction("test.day", (_, _, _) => Task.FromResult(AdaptiveCardInvokeResponse.Message("x")));

        Assert.Throws<InvalidOperationException>(() => router.OnCardAction(EchoDay));
    }

    [Fact]
    public void OnUnreadableCardAction_Twice_Throws()
    {
        CardActionHandler answer = (_, _, _) => Task.FromResult(AdaptiveCardInvokeResponse.Message("x"));

        Assert.Throws<InvalidOperationException>(() => new ActivityRouter().OnUnreadableCardAction(answer).OnUnreadableCardAction(answer));
    }

    [Fact]
    public void OnCardAction_HandlesRedelivery_OnlyThatVerbsRouteSkipsTheProcessedOnceClaim()
    {
        var router = new ActivityRouter()
            .OnCardAction(EchoDay, handlesRedelivery: true)
            .OnCardAction("test.other", (_, _, _) => Task.FromResult(AdaptiveCardInvokeResponse.Message("other")));
        var other = Activity.Parse(Encoding.UTF8.GetBytes(
            """{"type":"invoke","name":"adaptiveCard/action","conversation":{"id":"a:1"},"value":{"action":{"type":"Action.Execute","verb":"test.other","data":{}}}}"""));

        Assert.True(router.Resolve(Invoke("""{"day":"2026-11-24"}""")).HandlesRedelivery);
        Assert.False(router.Resolve(other).HandlesRedelivery);
    }
}
