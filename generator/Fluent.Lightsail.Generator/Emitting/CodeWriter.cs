using System.Text;

namespace Fluent.Lightsail.Generator.Emitting;

/// <summary>
/// A small indent-aware text writer. Lines always end with <c>\n</c> so that output is identical on every OS, which
/// golden files and incremental caching rely on.
/// </summary>
internal sealed class CodeWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _text = new();
    private int _indent;

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

    public override string ToString() => _text.ToString();
}
