using Microsoft.ML.Data;

namespace Senate.ChatBot.Language.Embedded;

/// <summary>One row the intent model reads: the words and the characters of a normalized utterance.</summary>
/// <remarks>ML.NET binds rows by settable public properties, so this is a class, not a record.</remarks>
public sealed class ModelInput
{
    /// <summary>The intent id; empty when predicting.</summary>
    public string Label { get; set; } = "";

    /// <summary>ICU words separated by single spaces.</summary>
    public string Words { get; set; } = "";

    /// <summary>The normalized text, for character n-grams that survive typos and unknown words.</summary>
    public string Chars { get; set; } = "";
}

/// <summary>What the model writes: one probability per intent, in the order of the Score column's slot names.</summary>
public sealed class ModelOutput
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
