using System.Security.Cryptography;
using System.Text;

namespace TeamsBot.Guidance.Content;

/// <summary>One content file as last read: a hash of its bytes, and what it parsed to.</summary>
public sealed record ScannedFile(string Id, string Hash, ParsedGuidanceFile Parsed);

/// <summary>
/// The content folder read once: every content file by id, and the ids of files that could not be read this time
/// (locked or vanishing mid-write), which keep whatever state they had.
/// </summary>
public sealed record FolderScan(IReadOnlyDictionary<string, ScannedFile> Files, IReadOnlySet<string> Unreadable, bool FolderExists)
{
    public static readonly FolderScan Missing = new(new Dictionary<string, ScannedFile>(), new HashSet<string>(), FolderExists: false);
}

/// <summary>
/// Reads the content folder, in parallel: every <c>*.md</c> file below it, except <c>README.md</c> files and anything
/// whose name or folder starts with '_' or '.' (drafts, templates, editors' and version control's own files). A file
/// whose bytes did not change since <paramref name="previous"/> is not parsed again.
/// </summary>
public static class GuidanceFolderLoader
{
    public static FolderScan LoadAll(string path, FolderScan? previous = null)
    {
        if (!Directory.Exists(path))
        {
            return FolderScan.Missing;
        }

        var root = Path.GetFullPath(path);
        var results = Directory.EnumerateFiles(root, "*.md", Everything)
            .Select(file => (File: file, Id: IdOf(root, file)))
            .Where(f => IsContent(f.Id))
            .AsParallel()
            .Select(f => Read(f.File, f.Id, previous))
            .ToList();
        return new FolderScan(
            results.Where(r => r.File is not null).ToDictionary(r => r.Id, r => r.File!, StringComparer.Ordinal),
            results.Where(r => r.File is null).Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
            FolderExists: true);
    }

    private static readonly EnumerationOptions Everything = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.System,
    };

    /// <summary>The file's path relative to the folder, with '/' on every platform.</summary>
    public static string IdOf(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    public static bool IsContent(string id)
    {
        var segments = id.Split('/');
        return id.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(segments[^1], "README.md", StringComparison.OrdinalIgnoreCase)
            && !segments.Any(s => s.StartsWith('_') || s.StartsWith('.'));
    }

    private static (string Id, ScannedFile? File) Read(string file, string id, FolderScan? previous)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (id, null);
        }

        var hash = Convert.ToHexString(SHA256.HashData(bytes), 0, 16);
        if (previous?.Files.GetValueOrDefault(id) is { } known && known.Hash == hash)
        {
            return (id, known);
        }

        return (id, new ScannedFile(id, hash, GuidanceFileParser.Parse(id, Encoding.UTF8.GetString(bytes))));
    }
}
