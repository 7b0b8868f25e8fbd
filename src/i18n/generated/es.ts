
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'clinic-after-hours': `Fuera del horario de atención:`,
'clinic-call': str`Llame a ${0}:`,
'clinic-call-unnamed': `Llame a su equipo de atención médica:`,
'clinic-website': str`Sitio web de ${0}`,
'clinic-website-unnamed': `Sitio web de la clínica`,
'disclaimer': `Esta información no reemplaza los consejos de su equipo de atención médica. Siga siempre las instrucciones que le den.`,
'error-malformed-body': `El archivo de contenido tiene un problema. Por favor, avise al equipo del sitio web.`,
'error-malformed-title': `No se puede mostrar esta información.`,
'error-network-body': `Revise su conexión a internet y vuelva a intentarlo.`,
'error-network-title': `No se pudo cargar esta información.`,
'error-no-topic-body': `El sitio web debe indicar qué tema mostrar.`,
'error-no-topic-title': `No se eligió ningún tema.`,
'error-unknown-code-body': `Ningún tema corresponde a este código de procedimiento. Su equipo de atención médica le puede dar esta información.`,
'error-unknown-title': `No encontramos esta información.`,
'error-unknown-topic-body': `Es posible que el nombre del tema esté mal escrito. Su equipo de atención médica le puede dar esta información.`,
'fallback-notice': str`Esta información todavía no está disponible en ${0}. Se muestra en ${1}.`,
'loading': `Cargando la información para pacientes…`,
'milestone-avoid': `Lo que debe evitar`,
'milestone-call': `Llame a su equipo de atención médica si`,
'milestone-do': `Lo que puede hacer`,
'milestone-expect': `Qué esperar`,
'milestone-from': str`A partir del ${0}`,
'milestone-today': `Hoy`,
'no-timeline': `Este tema no tiene una línea de tiempo de recuperación. Pregúntele a su equipo de atención médica qué esperar.`,
'picker-changed': str`Se muestra la información en ${0}.`,
'picker-error': `No se pudo cargar la lista de idiomas.`,
'picker-label': `Idioma`,
'recovery-title': str`Recuperación: ${0}`,
'retry': `Intentar de nuevo`,
'reviewed-on': str`Última revisión: ${0}.`,
'sources': `Fuentes`,
'unreviewed-notice': `Ningún revisor médico ha revisado todavía esta traducción. Si algo no le queda claro, pregúntele a su equipo de atención médica.`,
    };
  