using System.Runtime.CompilerServices;
using Designer.Expressions.Runtime;
using Xunit;

namespace Designer.Tests.Expressions;

/// <summary>A value is two words; each kind reads back as made, and a scalar read from another kind is zero, as it was.</summary>
public sealed class ValueTests
{
    [Fact]
    public void A_value_is_two_words_and_a_map_entry_six()
    {
        Assert.Equal(16, Unsafe.SizeOf<Value>());
        Assert.Equal(48, Unsafe.SizeOf<CelMap.Entry>());
    }

    [Fact]
    public void Each_kind_reads_back_as_made()
    {
        var list = new CelList([Value.Int(1)]);
        var map = CelMap.Empty;
        var error = new CelError("no");
        Assert.Equal(ValueKind.Null, default(Value).Kind);
        Assert.Equal(ValueKind.Null, Value.Null.Kind);
        Assert.Equal((ValueKind.Bool, true, false), (Value.True.Kind, Value.True.AsBool, Value.False.AsBool));
        Assert.True(Value.Bool(true).IsTrue);
        Assert.False(Value.Bool(false).IsTrue);
        Assert.Equal((ValueKind.Int, -7L, -7.0), (Value.Int(-7).Kind, Value.Int(-7).AsInt, Value.Int(-7).AsNumber));
        Assert.Equal((ValueKind.Double, 2.5, 2.5), (Value.Double(2.5).Kind, Value.Double(2.5).AsDouble, Value.Double(2.5).AsNumber));
        Assert.Equal((ValueKind.String, "a"), (Value.String("a").Kind, Value.String("a").AsString));
        Assert.Same(list, Value.List(list).AsList);
        Assert.Equal(ValueKind.List, Value.List(list).Kind);
        Assert.Same(map, Value.Map(map).AsMap);
        Assert.Equal(ValueKind.Map, Value.Map(map).Kind);
        Assert.Equal(ValueKind.Type, Value.Type(CelType.Int).Kind);
        Assert.Same(error, Value.Error(error).AsError);
        Assert.True(Value.Error(error).IsError);
        Assert.True(Value.Int(0).IsNumber && Value.Double(0).IsNumber);
        Assert.False(Value.String("1").IsNumber || Value.True.IsNumber || Value.Null.IsNumber);
    }

    [Fact]
    public void A_scalar_read_from_null_or_an_object_is_zero()
    {
        foreach (var v in new[] { Value.Null, Value.String("abc"), Value.List(CelList.Empty), Value.Map(CelMap.Empty), Value.Type(CelType.Int), Value.Error("no") })
        {
            Assert.Equal((0L, 0.0, 0.0, false, false), (v.AsInt, v.AsDouble, v.AsNumber, v.AsBool, v.IsTrue));
        }
    }

    [Fact]
    public void Values_of_different_kinds_with_the_same_bits_differ()
    {
        Assert.NotEqual(Value.Int(1), Value.True);
        Assert.NotEqual(Value.Int(0), Value.Null);
        Assert.NotEqual(Value.Int(BitConverter.DoubleToInt64Bits(1.5)), Value.Double(1.5));
        Assert.Equal(Value.Int(3), Value.Int(3));
        Assert.Equal(Value.String("x"), Value.String("x"));
    }
}
