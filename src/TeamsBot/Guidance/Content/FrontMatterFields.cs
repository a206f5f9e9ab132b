using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamsBot.Guidance.Content;

/// <summary>
/// The keys of a content file's head as written, read leniently where a coordinator's intent is clear (a single
/// string where a list is expected is a list of one) and strictly where it is not (a list where text is expected).
/// Every problem is recorded with its line in the file.
/// </summary>
internal sealed class FrontMatterFields
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "kind", "title", "summary", "tags", "audience", "ages", "phone", "url", "hours", "closed",
    };

    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _firstYamlLine;
    private readonly List<ContentProblem> _problems;

    public FrontMatterFields(YamlMappingNode? root, int firstYamlLine, List<ContentProblem> problems)
    {
        _firstYamlLine = firstYamlLine;
        _problems = problems;
        foreach (var (key, value) in root?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var name = key is YamlScalarNode { Value: { } text } ? text.Trim() : key.ToString();
            if (!_fields.TryAdd(name, (key, value)))
            {
                problems.Add(new ContentProblem(LineOf(key), ProblemCode.DuplicateKey, name));
            }
            else if (!Known.Contains(name.ToLowerInvariant()))
            {
                problems.Add(new ContentProblem(LineOf(key), ProblemCode.UnknownKey, name));
            }
        }
    }

    /// <summary>The file line a YAML mark points at (YamlDotNet counts lines from 1 within the head).</summary>
    public static int FileLine(int firstYamlLine, Mark mark) => firstYamlLine + (int)Math.Max(mark.Line, 1) - 1;

    public int LineOf(YamlNode node) => FileLine(_firstYamlLine, node.Start);

    /// <summary>The key's line, or null when the key is absent.</summary>
    public int? LineOf(string key) => _fields.TryGetValue(key, out var field) ? LineOf(field.Key) : null;

    /// <summary>The text of a key, trimmed; null when absent, empty (<c>phone:</c>) or not text (then a problem).</summary>
    public string? Text(string key)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            return null;
        }

        if (field.Value is not YamlScalarNode scalar)
        {
            _problems.Add(new ContentProblem(LineOf(field.Value), ProblemCode.NotText, key));
            return null;
        }

        return IsNull(scalar) ? null : scalar.Value!.Trim();
    }

    /// <summary>The items of a list key with each item's line; a single text is a list of one; absent is empty.</summary>
    public IReadOnlyList<(string Text, int Line)> List(string key)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            return [];
        }

        switch (field.Value)
        {
            case YamlScalarNode scalar:
                return IsNull(scalar) ? [] : [(scalar.Value!.Trim(), LineOf(scalar))];
            case YamlSequenceNode sequence:
                var items = new List<(string, int)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } itemScalar && !IsNull(itemScalar))
                    {
                        items.Add((text.Trim(), LineOf(item)));
                    }
                    else if (item is not YamlScalarNode)
                    {
                        _problems.Add(new ContentProblem(LineOf(item), ProblemCode.NotText, key));
                    }
                }

                return items;
            default:
                _problems.Add(new ContentProblem(LineOf(field.Value), ProblemCode.NotAList, key));
                return [];
        }
    }

    // `phone:` with nothing after it, or `~`/`null` unquoted, is no value; a quoted "null" is text.
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Value is null
        || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");
}
