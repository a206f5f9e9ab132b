using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Protocol.Tests.Connector;

/// <summary>Scripted connectors and the client under test, built as the host builds it.</summary>
public sealed partial class ConnectorClientTests
{
    // An allow-listed host (see ServiceHosts): no token or request goes anywhere else.
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea";

    /// <summary>Answers each request with the next scripted status (then 201), recording what arrived (path with its query).</summary>
    private sealed class ScriptedHandler(params HttpResponseMessage[] script) : HttpMessageHandler
    {
        private readonly Queue<HttpResponseMessage> _script = new(script);
        public List<(HttpMethod Method, string Path, string? Body, string? Auth)> Seen { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Seen.Add((request.Method, request.RequestUri!.PathAndQuery, request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken), request.Headers.Authorization?.ToString()));
            return _script.Count > 0 ? _script.Dequeue() : Json(HttpStatusCode.Created, """{"id":"new-1"}""");
        }
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Status(HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        var response = Json(status, """{"error":{"code":"x"}}""");
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
        }

        return response;
    }

    /// <summary>Runs a script per attempt (0, 1, ...): answer, hang, or throw as a dead network does.</summary>
    private sealed class AttemptHandler(Func<int, CancellationToken, Task<HttpResponseMessage>> attempt) : HttpMessageHandler
    {
        private int _attempts;

        public int Attempts => _attempts;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            attempt(Interlocked.Increment(ref _attempts) - 1, cancellationToken);
    }

    /// <summary>Counts token requests, to show a refused service URL never gets as far as asking for one.</summary>
    private sealed class CountingTokens : IOutboundTokenProvider
    {
        public int Asked { get; private set; }

        public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
        {
            Asked++;
            return Task.FromResult<string?>("test-token");
        }
    }

    private sealed class Environment(string name) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }

    private static IConnectorClient Client(HttpMessageHandler handler, int maxRetries = 3, Dictionary<string, string?>? settings = null,
        IOutboundTokenProvider? tokens = null, string? environment = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RetryBaseDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBotConnector(config);
        services.AddHttpClient(ConnectorServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        if (tokens is not null)
        {
            services.AddSingleton(tokens);
        }

        if (environment is not null)
        {
            services.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new Environment(environment));
        }

        return services.BuildServiceProvider().GetRequiredService<IConnectorClient>();
    }
}
