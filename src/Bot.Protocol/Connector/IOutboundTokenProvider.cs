namespace Bot.Protocol.Connector;

/// <summary>Supplies the bearer token for calls to the connector, or null when none is needed.</summary>
public interface IOutboundTokenProvider
{
    /// <summary>The access token, or null to send the request without one (local emulators).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Sends no token: for the Agents Playground and other local emulators with no app id.</summary>
public sealed class NoOutboundToken : IOutboundTokenProvider
{
    /// <inheritdoc />
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
