package org.fordra.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.FormException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * When a task's complete listener refuses what a person entered (a write-off without a reason,
 * a promise in the past), the engine wraps the refusal and its REST API would answer 500, as if
 * Fordra had failed. Over /engine-rest (Tasklist's door) it is a 400 with the refusal's message,
 * which Tasklist shows next to the form; every other error is answered as Camunda would.
 */
@Component
class RefusedTaskInputIsABadRequest implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class);
  }

  /** Ranked before Camunda's own handler of the same exception type. */
  @Priority(1)
  public static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof BadUserRequestException || cause instanceof FormException) {
          return Response.status(Response.Status.BAD_REQUEST)
              .entity(ExceptionDto.fromException(cause))
              .type(MediaType.APPLICATION_JSON_TYPE)
              .build();
        }
      }
      return camunda.toResponse(exception);
    }
  }
}
