using Bot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace TeamsBot.Hosting;

/// <summary>
/// Asks for an outbound token and remembers how that went, for the start-up check and <c>/readyz</c>. A failure is
/// kept for a while rather than asked again on every probe, so a readiness poll does not hammer Entra with a bad secret.
/// </summary>
public sealed class OutboundIdentityProbe(IOutboundTokenProvider tokens, IOptions<ConnectorOptions> options, TimeProvider time)
{
    /// <summary>How long a failure stands before the next probe asks again.</summary>
    public static readonly TimeSpan FailureStands = TimeSpan.FromSeconds(30);

    /// <summary>How long a success stands; after it the token source is asked again (MSAL and Azure.Identity answer from their cache).</summary>
    public static readonly TimeSpan SuccessStands = TimeSpan.FromMinutes(5);

    private Outcome? _last;

    /// <summary>False when no app id is configured (the Playground's mode in Development): no token is needed.</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(options.Value.MicrosoftAppId);

    /// <summary>The settings to check when no token can be had.</summary>
    public string KeysToCheck => OutboundIdentity.KeysToCheck(options.Value);

    /// <summary>The bot's identity type, as configured.</summary>
    public string AppType => options.Value.MicrosoftAppType;

    /// <summary>The last outcome, asking again when there is none or it is stale.</summary>
    public async Task<Outcome> CurrentAsync(CancellationToken cancellationToken)
    {
        var last = Volatile.Read(ref _last);
        var now = time.GetUtcNow();
        return last is not null && now - last.At < (last.Succeeded ? SuccessStands : FailureStands)
            ? last
            : await ProbeAsync(cancellationToken);
    }

    /// <summary>Asks for a token now and records the outcome (never the token; the failure is for the log only, /readyz shows just the keys).</summary>
    public async Task<Outcome> ProbeAsync(CancellationToken cancellationToken)
    {
        Outcome outcome;
        try
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            outcome = token is { Length: > 0 } ? new(true, time.GetUtcNow(), null) : new(false, time.GetUtcNow(), "the token source gave no token");
        }
        catch (ConnectorException e)
        {
            outcome = new(false, time.GetUtcNow(), ReadinessDetail.Describe(e.InnerException ?? e));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = new(false, time.GetUtcNow(), "the token endpoint did not answer in time");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // MSAL, Azure.Identity and a broken certificate throw their own types; any of them is an identity problem to
            // report, never a reason for the start-up check to stop the host.
            outcome = new(false, time.GetUtcNow(), ReadinessDetail.Describe(e));
        }

        Volatile.Write(ref _last, outcome);
        return outcome;
    }

    /// <summary>Whether a token could be had, when, and why not.</summary>
    public sealed record Outcome(bool Succeeded, DateTimeOffset At, string? Failure);
}
