package dev.steward.platform.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Writes into the OpenAPI document what a {@link NullMarked} record says about its components: one
 * without {@link Nullable} is always there ({@code required}); a {@code @Nullable} one may be left
 * out (the service writes no nulls) or be null. Records outside a {@code @NullMarked} scope keep
 * springdoc's defaults, where every property is optional.
 */
class RecordNullnessConverter implements ModelConverter {

  private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";

  @Override
  public @Nullable Schema<?> resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    if (resolved == null || type.getType() == null) {
      return resolved;
    }
    Class<?> javaClass = Json.mapper().constructType(type.getType()).getRawClass();
    if (!javaClass.isRecord() || !isNullMarked(javaClass)) {
      return resolved;
    }
    Schema<?> model = definedModel(resolved, context);
    if (model != null && model.getProperties() != null) {
      applyNullness(javaClass.getRecordComponents(), model);
    }
    return resolved;
  }

  private static @Nullable Schema<?> definedModel(
      Schema<?> resolved, ModelConverterContext context) {
    String ref = resolved.get$ref();
    if (ref == null) {
      return resolved;
    }
    return context.getDefinedModels().get(ref.substring(SCHEMA_REF_PREFIX.length()));
  }

  private static boolean isNullMarked(Class<?> javaClass) {
    for (Class<?> scope = javaClass; scope != null; scope = scope.getEnclosingClass()) {
      if (scope.isAnnotationPresent(NullMarked.class)) {
        return true;
      }
    }
    return javaClass.getPackage().isAnnotationPresent(NullMarked.class);
  }

  private static void applyNullness(RecordComponent[] components, Schema<?> model) {
    @SuppressWarnings("rawtypes")
    Map<String, Schema> properties = model.getProperties();
    List<String> required = new ArrayList<>();
    for (RecordComponent component : components) {
      String name = jsonName(component);
      Schema<?> property = properties.get(name);
      if (property == null) {
        continue;
      }
      if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
        properties.put(name, orNull(property));
      } else {
        required.add(name);
      }
    }
    model.setRequired(required.isEmpty() ? null : required);
  }

  private static String jsonName(RecordComponent component) {
    JsonProperty renamed = component.getAnnotation(JsonProperty.class);
    if (renamed == null) {
      renamed = component.getAccessor().getAnnotation(JsonProperty.class);
    }
    return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
  }

  /** The same property, allowing null as well. */
  private static Schema<?> orNull(Schema<?> property) {
    boolean openApi31 = property.getSpecVersion() == SpecVersion.V31;
    if (property.get$ref() != null) {
      Schema<?> nullable = new Schema<>(property.getSpecVersion());
      if (openApi31) {
        return nullable
            .addAnyOfItem(property)
            .addAnyOfItem(new Schema<>(SpecVersion.V31).typesItem("null"));
      }
      return nullable.addAllOfItem(property).nullable(true);
    }
    if (openApi31) {
      if (property.getTypes() != null && !property.getTypes().isEmpty()) {
        property.typesItem("null");
      }
      if (property.getEnum() != null && !property.getEnum().contains(null)) {
        property.addEnumItemObject(null);
      }
      return property;
    }
    return property.nullable(true);
  }
}
