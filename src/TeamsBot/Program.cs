using Bot.Protocol.Hosting;
using TeamsBot.Hosting;

// Content root is the app's own folder, so appsettings.json loads whatever folder the bot is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// --urls or ASPNETCORE_URLS win; otherwise listen where the Agents Playground and the README expect.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:3978");
}

builder.Services.AddTeamsBot(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapBotMessages();
app.Run();

/// <summary>The host's entry point, public so tests can start it in-process.</summary>
public partial class Program;
