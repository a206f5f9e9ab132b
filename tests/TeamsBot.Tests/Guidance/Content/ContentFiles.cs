namespace TeamsBot.Tests.Guidance.Content;

/// <summary>A temporary content folder for one test, and content files in the coordinators' format.</summary>
public sealed class ContentFiles : IDisposable
{
    public ContentFiles() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "guidance-content-" + Guid.NewGuid().ToString("N")[..12]);

    public static string Referral(string title, string extra = "") =>
        $"---\nkind: referral\ntitle: {title}\nsummary: Eksempel\ntags: [test]\n{extra}---\nTekst om {title}.\n";

    /// <summary>A file whose line 3 names a kind that does not exist.</summary>
    public static string BrokenKind(string title) => $"---\ntitle: {title}\nkind: henvisning\n---\n";

    public string Write(string id, string text)
    {
        var path = Path.Combine(Root, id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Delete(string id) => File.Delete(Path.Combine(Root, id));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may hold the folder for a moment; the system cleans its temp folder.
        }
    }
}
