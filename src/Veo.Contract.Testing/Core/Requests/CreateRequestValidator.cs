using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Veo.Contract.Rules;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// Checks a raw create request body the way the service does: JSON syntax, then the spec's shape (known fields,
/// JSON types, no extra fields) from the generated contract table, then the spec's rules through the shared rule
/// engine, with the ids Validate() reports. Only error-severity rules reject; advice (an unknown model id, say) is
/// accepted like the vendor accepts it.
/// </summary>
internal static class CreateRequestValidator
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 32 };

    public static CreateRequestCheck Validate(ReadOnlyMemory<byte> body)
    {
        if (IsBlank(body.Span))
        {
            return CreateRequestCheck.Invalid(VeoErrorCodes.MissingBody, null, "The request has no body; send the create request as a JSON object.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ParseOptions);
        }
        catch (JsonException ex)
        {
            return CreateRequestCheck.Invalid(VeoErrorCodes.InvalidJson, null, "The body is not valid JSON: " + ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return CreateRequestCheck.Invalid(VeoErrorCodes.InvalidRequest, null, $"The body must be a JSON object, not {Describe(root)}.");
            }

            var errors = new List<ErrorEntry>();
            var facts = RequestFacts.Complete();
            CheckObject(root, ContractSchema.Request, "", errors, facts);
            if (errors.Count > 0)
            {
                return CreateRequestCheck.Invalid(errors);
            }

            foreach (var finding in ContractSchema.Engine.Evaluate(facts))
            {
                if (finding.Rule.Severity == RuleSeverity.Error)
                {
                    errors.Add(new ErrorEntry(finding.Rule.Id, finding.Field?.WireName, finding.FormatMessage(RuleNaming.Wire)));
                }
            }

            if (errors.Count > 0)
            {
                return CreateRequestCheck.Invalid(errors);
            }

            // What the task runs with: the values sent, or the spec's defaults for those left out.
            return CreateRequestCheck.Valid(
                Effective(facts, ContractFields.Model),
                Effective(facts, ContractFields.Action),
                int.Parse(Effective(facts, ContractFields.Duration), NumberStyles.Integer, CultureInfo.InvariantCulture),
                Effective(facts, ContractFields.Resolution),
                Effective(facts, ContractFields.AspectRatio));
        }
    }

    private static void CheckObject(JsonElement element, ContractShape shape, string prefix, List<ErrorEntry> errors, RequestFacts facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var path = prefix + property.Name;
            if (!seen.Add(property.Name))
            {
                errors.Add(new ErrorEntry(VeoErrorCodes.InvalidRequest, path, $"Field '{path}' appears more than once."));
                continue;
            }

            var field = shape.Find(property.Name);
            if (field is null)
            {
                if (!shape.AllowsOtherFields)
                {
                    var where = prefix.Length == 0 ? "a create request" : $"'{prefix.TrimEnd('.')}'";
                    errors.Add(new ErrorEntry(VeoErrorCodes.UnknownField, path, $"Unknown field '{path}'; {where} accepts only: {FieldList(shape)}."));
                }

                continue;
            }

            CheckValue(property.Value, field, path, errors, facts);
        }
    }

    private static void CheckValue(JsonElement value, ContractField field, string path, List<ErrorEntry> errors, RequestFacts facts)
    {
        var fact = Read(value, field);
        if (fact is null && value.ValueKind == JsonValueKind.String && field.Type == SchemaType.String)
        {
            errors.Add(new ErrorEntry(VeoErrorCodes.InvalidFieldType, path, $"Field '{path}' is not valid Unicode text (it escapes an unpaired surrogate)."));
            return;
        }

        if (fact is null)
        {
            errors.Add(new ErrorEntry(VeoErrorCodes.InvalidFieldType, path, $"Field '{path}' must be {TypeName(field)}, not {Describe(value)}."));
            return;
        }

        facts.Set(field, fact.Value);
        if (field.Members is not null)
        {
            CheckObject(value, field.Members, path + ".", errors, facts);
        }
    }

    /// <summary>
    /// The value as a fact when its JSON type is the field's; null otherwise. Whole numbers follow JSON Schema (8.0 is
    /// the integer 8) within the field's format; numbers keep their JSON text.
    /// </summary>
    private static FactValue? Read(JsonElement value, ContractField field)
    {
        switch (field.Type)
        {
            case SchemaType.String:
                return TryGetText(value, out var text) ? FactValue.String(text!) : null;
            case SchemaType.Integer:
                return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number == decimal.Truncate(number)
                       && number >= (field.Format == "int32" ? int.MinValue : long.MinValue) && number <= (field.Format == "int32" ? int.MaxValue : long.MaxValue)
                    ? FactValue.Number((long)number)
                    : null;
            case SchemaType.Number:
                return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out _) ? FactValue.Number(value.GetRawText()) : null;
            case SchemaType.Boolean:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? FactValue.Boolean(value.ValueKind == JsonValueKind.True) : null;
            default:
                return value.ValueKind == JsonValueKind.Object ? FactValue.Object() : null;
        }
    }

    private static string FieldList(ContractShape shape)
    {
        var names = new List<string>(shape.Fields.Count);
        foreach (var field in shape.Fields)
        {
            names.Add(field.Name);
        }

        return string.Join(", ", names);
    }

    private static string TypeName(ContractField field) => field.Type switch
    {
        SchemaType.String => "a string",
        SchemaType.Integer when field.Format == "int32" => "a 32-bit integer",
        SchemaType.Integer => "a 64-bit integer",
        SchemaType.Number => "a number",
        SchemaType.Boolean => "true or false",
        _ => "an object",
    };

    /// <summary>What the task runs with: the value sent, or the spec's default.</summary>
    private static string Effective(RequestFacts facts, ContractField field)
        => facts.Get(field).Text ?? field.DefaultValue
            ?? throw new InvalidOperationException($"'{field.WireName}' is neither sent nor given a default by the spec.");

    private static bool TryGetText(JsonElement value, out string? text)
    {
        text = null;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false; // an escaped lone surrogate: not text the service could read
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + Shorten(value.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
            {
                return false;
            }
        }

        return true;
    }
}
