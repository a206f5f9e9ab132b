using Bot.Protocol.Hosting;
using TeamsBot.Hosting;

// Content root is the app's own folder, so appsettings.json loads whatever folder the bot is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// ASP.NET Core's conventions (--urls, ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, Kestrel:Endpoints) decide; only in
// Development with none of them does the bot listen where the Agents Playground expects it.
if (ListenAddress.DefaultFor(builder.Configuration, builder.Environment) is { } address)
{
    builder.WebHost.UseUrls(address);
}

builder.Services.AddTeamsBot(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapReadiness();
app.MapBotMessages();
app.Run();

/// <summary>The host's entry point, public so tests can start it in-process.</summary>
public partial class Program;
