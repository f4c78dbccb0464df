using System.Text;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Language.Embedded;

/// <summary>Turns raw text into the model's input the same way for training and for prediction.</summary>
public static class UtteranceFeatures
{
    public static ModelInput For(string text, string label = "")
    {
        var normalized = FoldDigits(TextNormalizer.Normalize(text));
        return new ModelInput { Label = label, Words = string.Join(' ', ThaiWordBreaker.Split(normalized)), Chars = normalized };
    }

    // "12 ธ.ค." and "5 ธ.ค." ask the same thing: the model should learn "a number here", not which number.
    private static string FoldDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length == 0 || builder[^1] != '0')
            {
                builder.Append('0');
            }
        }

        return builder.ToString();
    }
}
