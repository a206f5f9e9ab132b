using Microsoft.Extensions.Options;

namespace TeamsBot.Guidance.Content;

/// <summary>The content folder's full path, resolved once from <see cref="GuidanceContentOptions.ContentPath"/>.</summary>
public sealed class ContentFolder(IOptions<GuidanceContentOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<string> _path = new(() => Resolve(options.Value.ContentPath, environment.ContentRootPath, AppContext.BaseDirectory));

    public string Path => _path.Value;

    /// <summary>
    /// An absolute path as it is; a relative one under the content root when it exists there, else beside the app's
    /// files (<c>dotnet run</c> and the test host have the project folder as content root, the copy is in bin/).
    /// </summary>
    internal static string Resolve(string configured, string contentRoot, string appBase)
    {
        if (System.IO.Path.IsPathRooted(configured))
        {
            return configured;
        }

        var underRoot = System.IO.Path.GetFullPath(configured, contentRoot);
        var besideApp = System.IO.Path.GetFullPath(configured, appBase);
        return Directory.Exists(underRoot) || !Directory.Exists(besideApp) ? underRoot : besideApp;
    }
}
