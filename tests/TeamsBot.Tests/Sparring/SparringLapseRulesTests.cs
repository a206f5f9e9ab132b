using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.RequestSamples;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>The lapse as a pure transition (open expires, accepted is done, closed is refused), and <c>Sparring:LapseAfter</c>.</summary>
public sealed class SparringLapseRulesTests
{
    private static (RequestSamples Samples, SparringRequest Request) RoutedToAnne(SparringUrgency urgency = SparringUrgency.Now)
    {
        var samples = WithCoordinators();
        return (samples, samples.TakeDue(samples.AnneAndBo(urgency)).Request);
    }

    [Theory]
    [InlineData(SparringUrgency.Now)]
    [InlineData(SparringUrgency.AfterShift)]
    public void Lapse_Open_ExpiredAndNoteGone(SparringUrgency urgency)
    {
        var (samples, request) = RoutedToAnne(urgency);

        var change = SparringTransitions.Lapse(request, samples.Now);

        Assert.Equal(SparringRequestState.Expired, change.Request!.State);
        Assert.Null(change.Request.Note);
        Assert.Equal(samples.Now, change.Request.ClosedAt);
        Assert.Single(change.Request.Steps);
    }

    [Fact]
    public void Lapse_Accepted_DoneWithoutFollowUpAndNoteGone()
    {
        var (samples, request) = RoutedToAnne();
        var accepted = SparringTransitions.Accept(request, Anne, actorOnDuty: false, samples.Now).Request!;

        var change = SparringTransitions.Lapse(accepted, samples.Now.AddHours(12));

        Assert.Equal(SparringRequestState.Done, change.Request!.State);
        Assert.False(change.Request.FollowUpNeeded);
        Assert.Null(change.Request.Note);
        Assert.Equal(samples.Now.AddHours(12), change.Request.ClosedAt);
        Assert.Equal(Anne, change.Request.AcceptedBy);
    }

    [Fact]
    public void Lapse_Closed_RefusedUnchanged()
    {
        var (samples, request) = RoutedToAnne();
        var cancelled = SparringTransitions.Cancel(request, Counsellor, samples.Now).Request!;
        var lapsed = SparringTransitions.Lapse(request, samples.Now).Request!;

        var onCancelled = SparringTransitions.Lapse(cancelled, samples.Now.AddHours(1));
        var twice = SparringTransitions.Lapse(lapsed, samples.Now.AddHours(1));

        Assert.Equal((SparringRefusalReason.Cancelled, cancelled), (onCancelled.Refusal!.Reason, onCancelled.Request));
        Assert.Equal((SparringRefusalReason.Closed, lapsed), (twice.Refusal!.Reason, twice.Request));
    }

    [Fact]
    public void LapseAfter_NotConfigured_TwelveHours()
    {
        var options = TestFeatures.Services().GetRequiredService<IOptions<SparringOptions>>().Value;

        Assert.Equal(TimeSpan.FromHours(12), options.LapseAfter);
    }

    [Fact]
    public void LapseAfter_Configured_ReadFromItsKey()
    {
        var options = TestFeatures.Services(new() { ["Sparring:LapseAfter"] = "1.00:00:00" }).GetRequiredService<IOptions<SparringOptions>>().Value;

        Assert.Equal(TimeSpan.FromDays(1), options.LapseAfter);
    }

    [Theory]
    [InlineData("00:30:00", null)]
    [InlineData("31.00:00:00", null)]
    [InlineData("12:00:00", "05:00:00")] // The ladder's three waits (15 h) would not fit before the lapse.
    public void LapseAfter_Unusable_RefusedNamingTheKey(string lapseAfter, string? laterAckTimeout)
    {
        var services = TestFeatures.Services(new() { ["Sparring:LapseAfter"] = lapseAfter, ["Sparring:LaterAckTimeout"] = laterAckTimeout });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SparringOptions>>().Value);

        Assert.Contains("Sparring:LapseAfter", refused.Message, StringComparison.Ordinal);
    }
}
