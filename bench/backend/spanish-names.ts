/**
 * Spanish given names and surnames, roughly in order of frequency (INE lists), with their accents. Written as
 * one string per list so the file stays short; the generator weights them by rank.
 */

const words = (text: string): string[] => text.trim().split(/\s+/);

export const FEMALE_NAMES = words(`
  María Carmen Ana Isabel Laura Cristina Marta Dolores Lucía Pilar Elena Sara Paula Mercedes Raquel Manuela Rosa
  Concepción Julia Rocío Beatriz Teresa Silvia Alba Patricia Encarnación Irene Andrea Montserrat Nuria Rosario Mónica
  Alicia Sonia Sandra Marina Ángela Inmaculada Sofía Yolanda Eva Natalia Claudia Noelia Margarita Esther Verónica
  Carolina Amparo Susana Nerea Inés Lorena Gloria Daniela Victoria Miriam Ainhoa Lidia Celia Begoña Olga Aurora
  Consuelo Catalina Emilia Milagros Nieves Esperanza Adriana Vanesa Alejandra Lourdes Ángeles Blanca Valeria Noemí
  Luz Paz Aitana Carla Jimena Leire Itziar Maite Montse Remedios Soledad Trinidad Asunción Araceli Gemma Estefanía
  Lorena Virginia Belén Rebeca Diana Tamara Estela Candela Ariadna Olivia Martina Vera Triana Abril Ruth Elisa Judit
`);

export const MALE_NAMES = words(`
  Antonio Manuel José Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Pedro Ángel
  Sergio Fernando Jorge Luis Alberto Álvaro Adrián Diego Raúl Enrique Ramón Vicente Iván Rubén Óscar Andrés Joaquín
  Santiago Eduardo Víctor Roberto Jaime Mario Ignacio Alfonso Salvador Ricardo Marcos Jordi Emilio Julián Julio
  Guillermo Gabriel Tomás Agustín Marc Mohamed Gonzalo Félix Hugo Martín Nicolás Ismael Cristian Samuel Aitor Josep
  Héctor Mariano Domingo Alfredo Sebastián Iker Felipe Rodrigo Lucas Gregorio Xavier Arturo Cristóbal Esteban
  Lorenzo Gerardo Germán Benito Unai Asier Borja Íñigo Mateo Leo Bruno Thiago Izan Álex Nil Pau Oriol Eloy Fidel
`);

/** Compound given names as they are usually written, including the abbreviations agents meet in signatures. */
export const FEMALE_COMPOUNDS = words(`
  María_José María_Carmen María_Dolores María_Pilar María_Teresa María_Ángeles María_Isabel María_Luisa
  María_Jesús María_Rosa María_Elena María_Mercedes Ana_María María_Victoria María_Antonia María_Cristina
  María_Concepción María_del_Carmen María_de_los_Ángeles María_del_Pilar María_del_Mar Mª_José Mª_Carmen
  Mª_Ángeles Ana_Isabel Rosa_María Ana_Belén Luz_Marina
`).map((name) => name.replace(/_/g, " "));

export const MALE_COMPOUNDS = words(`
  José_Antonio José_Luis Juan_Carlos Francisco_Javier José_Manuel Juan_José Miguel_Ángel José_María Juan_Antonio
  José_Ignacio Luis_Miguel Juan_Manuel José_Ramón José_Carlos Juan_Francisco Juan_Luis Pedro_José José_Miguel
  Fco._Javier Jose_Mª Juan_Pablo Carlos_Alberto Víctor_Manuel Jesús_María
`).map((name) => name.replace(/_/g, " "));

export const SURNAMES = words(`
  García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz
  Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco
  Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo
  Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera
  Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo
  Giménez Ibáñez Ferrer Durán Santiago Benítez Mora Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez
  Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas Pardo Merino Franco Espinosa Izquierdo Lara Rivas Silva
  Rivera Casado Arroyo Redondo Camacho Rey Vera Otero Luque Galán Montes Ríos Sierra Segura Carrillo Marcos Marti
  Soriano Mendoza Robles Vallejo Bernal Benito Bueno Herranz Peñas Escudero Manzano Mateo Cuesta Quintana
  Salazar Ávila Figueroa Aparicio Pozo Palacios Guzmán Miranda Rosales Beltrán Salas Valero Villar Macías
  Báez Lorente Toledo Valle Lucas Sosa Carretero Maldonado Acosta Trujillo Solís Cobo Muñiz Rico Quiroga
  Cordero Barrios Zamora Ferrando Vergara Estévez Aranda Gallo Andrés Tejada Cuenca Calderón Ordóñez Bermúdez
  Conde Rincón Alba Pineda Oliva Mesa Serra Salinas Bello Cabello Polo Heredia Amador Villalba Osorio Mejías
  Prado Aguirre Echevarría Goikoetxea Etxeberria Urrutia Zubizarreta Arrieta Olaizola Garmendia Puig Roca
  Vilà Pujol Font Sala Casals Riera Bosch Castells Ferrer Coll Camps Pons Mas Llorente Bonet Feliu Sabater
`);

/** Words for invented company names; combined with surnames and legal forms they give tens of thousands. */
export const COMPANY_KINDS = words(`
  Construcciones Transportes Talleres Farmacia Gestoría Asesoría Distribuciones Suministros Inmobiliaria Clínica
  Hotel Restaurante Panadería Ferretería Electricidad Fontanería Carpintería Autoescuela Academia Consultoría
  Ingeniería Laboratorios Bodegas Conservas Muebles Reformas Seguros Logística Informática Óptica Imprenta Viveros
`);

export const COMPANY_PLACES = words(`
  Norte Sur Levante Mediterráneo Atlántico Cantábrico Ibérica Hispana Castellana Andaluza Gallega Aragonesa
  Mirador Alameda Ribera Horizonte Montaña Valle Sierra Costa Bahía Puerto Plaza Mayor Central Real Nueva
`);

export const LEGAL_FORMS = ["S.L.", "S.A.", "S.L.U.", "S.Coop.", ""];

/** The public mail providers Spanish customers use; never a company (the backend's list must agree). */
export const PUBLIC_MAIL_DOMAINS = [
  "gmail.com",
  "hotmail.com",
  "hotmail.es",
  "outlook.es",
  "outlook.com",
  "yahoo.es",
  "icloud.com",
  "telefonica.net",
];
