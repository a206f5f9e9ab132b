using System.Text;

namespace TeamsBot.Storage;

/// <summary>
/// Makes any id safe as a PartitionKey or RowKey: Table keys forbid '/', '\', '#', '?' and control
/// characters, and we use '|' as a separator, so those (and '%') are percent-encoded, reversibly.
/// </summary>
public static class KeyEncoding
{
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '%' or '/' or '\\' or '#' or '?' or '|' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Decode(string value) => Uri.UnescapeDataString(value);
}
