using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bot.Protocol.Hosting;

/// <summary>
/// The protocol's traces and metrics, under the name <see cref="Name"/>: one span per dispatched turn and a turn counter and
/// duration, each tagged with the route's name (see <see cref="Route.Name"/>) and the outcome. Nothing else is recorded:
/// no text, no names, no ids of people, conversations or activities. An app subscribes by the name (e.g. OpenTelemetry's
/// <c>AddSource</c> / <c>AddMeter</c>); without a listener this costs next to nothing.
/// </summary>
public static class BotTelemetry
{
    /// <summary>The ActivitySource and Meter name.</summary>
    public const string Name = "Bot.Protocol";

    /// <summary>Tag: the route, e.g. <c>command /checkin</c>, <c>card shift.checkin</c>, <c>conversationUpdate</c>.</summary>
    public const string RouteTag = "bot.route";

    /// <summary>Tag: <see cref="TurnOutcomes"/>.</summary>
    public const string OutcomeTag = "bot.outcome";

    /// <summary>Tag: the HTTP status of an invoke's answer, when the turn answered one.</summary>
    public const string InvokeStatusTag = "bot.invoke.status";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("bot.turns", "{turn}", "Turns dispatched to a handler, by route and outcome.");
    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("bot.turn.duration", "s", "How long a dispatched turn took, by route and outcome.");

    internal static TurnTelemetry Start(Route route) => new(Source.StartActivity("turn " + route.Name, ActivityKind.Server), route.Name, Stopwatch.GetTimestamp());

    /// <summary>One turn being measured; <see cref="Complete"/> once, then dispose.</summary>
    internal sealed class TurnTelemetry(Activity? span, string route, long started) : IDisposable
    {
        public void Complete(string outcome, int? invokeStatus)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var tags = new TagList { { RouteTag, route }, { OutcomeTag, outcome } };
            Turns.Add(1, tags);
            TurnDuration.Record(elapsed, tags);
            if (span is null)
            {
                return;
            }

            span.SetTag(RouteTag, route);
            span.SetTag(OutcomeTag, outcome);
            if (invokeStatus is { } status)
            {
                span.SetTag(InvokeStatusTag, status);
            }

            span.SetStatus(outcome == TurnOutcomes.Failed ? ActivityStatusCode.Error : ActivityStatusCode.Ok);
        }

        public void Dispose() => span?.Dispose();
    }
}

/// <summary>The values of <see cref="BotTelemetry.OutcomeTag"/>.</summary>
public static class TurnOutcomes
{
    /// <summary>The handler ran and the turn was answered.</summary>
    public const string Handled = "handled";

    /// <summary>A redelivery of an activity already handled (or being handled): the handler did not run again.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The turn threw; the error answer was given.</summary>
    public const string Failed = "failed";
}
