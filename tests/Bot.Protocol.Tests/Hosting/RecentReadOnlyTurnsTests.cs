using System.Text;
using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Protocol.Tests.Hosting;

public sealed class RecentReadOnlyTurnsTests
{
    private static readonly TurnHandler Noop = (_, _) => Task.CompletedTask;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero));

    private static ActivityKey Key(string id) => new("msteams", "19:c@thread.tacv2", id);

    [Fact]
    public void TryClaim_SameActivityTwice_SecondIsADuplicateWithTheFirstAnswer()
    {
        var recent = new RecentReadOnlyTurns(_time);
        var answer = new InvokeResponse(200, "the card");

        Assert.True(recent.TryClaim(Key("a"), out _));
        recent.Complete(Key("a"), answer);
        var claimedAgain = recent.TryClaim(Key("a"), out var first);

        Assert.False(claimedAgain);
        Assert.Same(answer, first);
    }

    [Fact]
    public void TryClaim_AnotherActivity_Claimed()
    {
        var recent = new RecentReadOnlyTurns(_time);
        recent.TryClaim(Key("a"), out _);

        Assert.True(recent.TryClaim(Key("b"), out _));
    }

    [Fact]
    public void TryClaim_AfterTheTimeKept_ClaimedAgain()
    {
        var recent = new RecentReadOnlyTurns(_time);
        recent.TryClaim(Key("a"), out _);

        _time.Advance(RecentReadOnlyTurns.KeptFor + TimeSpan.FromSeconds(1));

        Assert.True(recent.TryClaim(Key("a"), out _));
        Assert.Equal(1, recent.Count);
    }

    [Fact]
    public void TryClaim_BeyondCapacity_TheOldestIsDroppedAndTheCountStaysBounded()
    {
        var recent = new RecentReadOnlyTurns(_time, capacity: 3);
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            recent.TryClaim(Key(id), out _);
        }

        Assert.Equal(3, recent.Count);
        Assert.False(recent.TryClaim(Key("d"), out _));
        Assert.True(recent.TryClaim(Key("a"), out _));
    }

    [Fact]
    public void Release_AfterAFailedTurn_TheRedeliveryIsClaimed()
    {
        var recent = new RecentReadOnlyTurns(_time);
        recent.TryClaim(Key("a"), out _);

        recent.Release(Key("a"));

        Assert.True(recent.TryClaim(Key("a"), out _));
    }

    [Fact]
    public void Resolve_ReadOnlyCommandAndUnrecognized_RoutesAreReadOnly_OthersAreNot()
    {
        var router = new ActivityRouter()
            .OnCommand("/help", Noop, readOnly: true)
            .OnCommand("/checkin", Noop)
            .OnUnrecognizedMessage(Noop, readOnly: true);

        Assert.True(router.Resolve(Mentioned("/HELP")).ReadOnly);
        Assert.True(router.Resolve(Mentioned("hello")).ReadOnly);
        Assert.False(router.Resolve(Mentioned("/checkin")).ReadOnly);
    }

    private static Activity Mentioned(string text) => Activity.Parse(Encoding.UTF8.GetBytes(
        "{\"type\":\"message\",\"text\":\"<at>Bot</at> " + text + "\",\"recipient\":{\"id\":\"28:bot\"}," +
        "\"conversation\":{\"id\":\"19:c@thread.tacv2\",\"conversationType\":\"channel\",\"isGroup\":true}," +
        "\"entities\":[{\"type\":\"mention\",\"text\":\"<at>Bot</at>\",\"mentioned\":{\"id\":\"28:bot\",\"name\":\"Bot\"}}]}"));
}
