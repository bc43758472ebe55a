using System.Text;

namespace Fluent.Lightsail.Generator.Emitting;

/// <summary>
/// A small indent-aware text writer. Lines always end with <c>\n</c> so that output is identical on every OS, which
/// golden files and incremental caching rely on.
/// </summary>
internal sealed class CodeWriter
{
    private const string IndentUnit = "    ";

    // Growing a fresh builder chunk by chunk was half of the emitter's time in a trace of the 1,000-template cold run,
    // so each thread keeps one builder and reuses it. A template's file is 1-4 KB; the bridge about 8 KB.
    private const int InitialCapacity = 8 * 1024;

    [System.ThreadStatic]
    private static StringBuilder? t_spare;

    private readonly StringBuilder _text;
    private int _indent;

    public CodeWriter()
    {
        _text = t_spare ?? new StringBuilder(InitialCapacity);
        t_spare = null;
        _text.Clear();
    }

    public void Line(string text)
    {
        for (var i = 0; i < _indent; i++)
        {
            _text.Append(IndentUnit);
        }

        _text.Append(text).Append('\n');
    }

    public void Line() => _text.Append('\n');

    public void Open()
    {
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    /// <summary>The text written; the writer's buffer goes back to the thread for the next file.</summary>
    public override string ToString()
    {
        var text = _text.ToString();
        if (_text.Capacity <= InitialCapacity * 4)
        {
            t_spare = _text;
        }

        return text;
    }
}
