package dev.steward.addins;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Microsoft's add-in manifest schemas, as shipped under {@code manifest-schemas/} (see SOURCE.md
 * there), compiled once. Imports are answered from the same folder, so validation never reaches the
 * network.
 */
final class ManifestSchemas {

  private static final String FOLDER = "/manifest-schemas/";
  private static final Schema SCHEMA = compile();

  private ManifestSchemas() {}

  /**
   * Every error the schema finds in {@code xml}, as "line:column message"; empty when the manifest
   * is valid.
   */
  static List<String> errors(String xml) {
    List<String> errors = new ArrayList<>();
    var validator = SCHEMA.newValidator();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        });
    try {
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      // Already recorded by the error handler: a fatal error stops the parse after reporting.
      if (errors.isEmpty()) {
        errors.add(e.getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }

  private static Schema compile() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      var ls =
          (DOMImplementationLS)
              org.w3c.dom.bootstrap.DOMImplementationRegistry.newInstance()
                  .getDOMImplementation("LS");
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, baseUri) -> {
            String file = systemId.substring(systemId.lastIndexOf('/') + 1);
            InputStream in = ManifestSchemas.class.getResourceAsStream(FOLDER + file);
            if (in == null) {
              throw new IllegalStateException(
                  "The schema " + file + " (imported for " + namespace + ") is not shipped");
            }
            LSInput input = ls.createLSInput();
            input.setByteStream(in);
            input.setSystemId(FOLDER + file);
            input.setPublicId(publicId);
            return input;
          });
      var main =
          new StreamSource(
              ManifestSchemas.class.getResourceAsStream(FOLDER + "OfficeAppManifestV1_1.xsd"),
              FOLDER + "OfficeAppManifestV1_1.xsd");
      return factory.newSchema(main);
    } catch (SAXException | ReflectiveOperationException e) {
      throw new IllegalStateException("Microsoft's manifest schemas do not compile", e);
    }
  }
}
