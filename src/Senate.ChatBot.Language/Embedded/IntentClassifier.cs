using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Senate.ChatBot.Language.Embedded;

/// <summary>
/// A trained intent model: probabilities per intent for one utterance. ML.NET prediction engines are not
/// thread-safe, so concurrent turns borrow one from a small pool instead of locking.
/// </summary>
public sealed class IntentClassifier
{
    private readonly MLContext _context;
    private readonly ITransformer _model;
    private readonly ObjectPool<PredictionEngine<ModelInput, ModelOutput>> _engines;
    private readonly string[] _intents;

    public IntentClassifier(MLContext context, ITransformer model)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _model = model;
        _engines = new DefaultObjectPool<PredictionEngine<ModelInput, ModelOutput>>(new EnginePolicy(context, model));
        _intents = SlotNames(context, model);
    }

    /// <summary>The best intent and its probability (0..1), before any threshold.</summary>
    public (string Intent, double Score) Predict(string text)
    {
        var input = UtteranceFeatures.For(text);
        var engine = _engines.Get();
        try
        {
            var scores = engine.Predict(input).Score;
            var best = 0;
            for (var i = 1; i < scores.Length; i++)
            {
                if (scores[i] > scores[best])
                {
                    best = i;
                }
            }

            return (_intents[best], scores[best]);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    public static IntentClassifier Load(Stream zip)
    {
        var context = new MLContext();
        return new IntentClassifier(context, context.Model.Load(zip, out _));
    }

    public void Save(Stream zip)
    {
        var schema = SchemaDefinition.Create(typeof(ModelInput));
        _context.Model.Save(_model, _context.Data.LoadFromEnumerable(Array.Empty<ModelInput>(), schema).Schema, zip);
    }

    private static string[] SlotNames(MLContext context, ITransformer model)
    {
        using var engine = context.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        engine.OutputSchema["Score"].GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }

    private sealed class EnginePolicy(MLContext context, ITransformer model) : PooledObjectPolicy<PredictionEngine<ModelInput, ModelOutput>>
    {
        public override PredictionEngine<ModelInput, ModelOutput> Create() =>
            context.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model);

        public override bool Return(PredictionEngine<ModelInput, ModelOutput> obj) => true;
    }
}
