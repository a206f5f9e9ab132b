using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Protocol.Authentication;

/// <summary>
/// The one rule for accepting requests without a token: Development with no <c>Bot:MicrosoftAppId</c>, for local
/// emulators such as the Agents Playground, which send none. Outside Development the host refuses to start instead.
/// </summary>
internal static class AnonymousMode
{
    public static bool IsOn(BotAuthenticationOptions options, IHostEnvironment environment) =>
        environment.IsDevelopment() && string.IsNullOrWhiteSpace(options.MicrosoftAppId);
}

/// <summary>
/// Says so at start-up when anonymous mode is on, so that a forgotten app id, or a server wrongly left in
/// Development, shows in the first lines of the log rather than in an incident report.
/// </summary>
internal sealed class AnonymousModeWarning(
    IOptions<BotAuthenticationOptions> options,
    IHostEnvironment environment,
    ILogger<AnonymousModeWarning> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (AnonymousMode.IsOn(options.Value, environment))
        {
            Log.AcceptingRequestsWithoutToken(log, environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
